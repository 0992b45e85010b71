// The guard's rate limits for one connection: its own token bucket and its user's, shared
// by all of that user's connections (issue 14: a per-connection limit alone lets a user
// multiply their allowance by opening connections).
import type { Socket } from "socket.io";
import { Rejection } from "./errors.ts";
import {
  createRateLimiter,
  DEFAULT_RATE_LIMIT,
  type RateLimit,
  type RateLimiter,
} from "./rate-limiter.ts";
import type { UserRateLimits } from "./user-rate-limits.ts";

type AnySocket = Socket<any, any, any, any>;

export interface LimitOptions {
  rateLimit?: RateLimit | false;
  userOf?: (socket: AnySocket) => string | undefined;
  clock?: () => number;
}

/** The connection's own bucket and its user's shared one. */
export interface Limiters {
  connection: RateLimiter | undefined;
  user: RateLimiter | undefined;
}

export function limitersOf(
  socket: AnySocket,
  options: LimitOptions,
  userLimits: UserRateLimits | undefined,
): Limiters {
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const connection = rateLimit === false ? undefined : createRateLimiter(rateLimit, options.clock);
  const userId = (options.userOf ?? defaultUserOf)(socket);
  if (userLimits === undefined || userId === undefined) return { connection, user: undefined };
  const user = userLimits.acquire(userId);
  socket.once("disconnect", () => userLimits.release(userId));
  return { connection, user };
}

function defaultUserOf(socket: AnySocket): string | undefined {
  const userId = (socket.data as { userId?: unknown } | undefined)?.userId;
  return typeof userId === "string" ? userId : undefined;
}

/** RATE_LIMITED when either bucket is empty; a token is only spent when both allow the event. */
export function checkRate(event: unknown, limiters: Limiters): Rejection | undefined {
  const { connection, user } = limiters;
  if (connection !== undefined && !connection.take()) {
    return new Rejection(
      "RATE_LIMITED",
      `${String(event)}: too many events from this connection; this event was refused, retry later`,
    );
  }
  if (user !== undefined && !user.take()) {
    connection?.giveBack();
    return new Rejection(
      "RATE_LIMITED",
      `${String(event)}: too many events from this user across its connections; this event was refused, retry later`,
    );
  }
  return undefined;
}
