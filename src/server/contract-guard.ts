// The reusable validation layer: install it on any Socket.IO server and every inbound
// event is checked against the contract before your listeners see it. A failing event is
// answered with ERROR_OCCURED to its sender and dropped (never reaches a listener).
import type { Namespace, Server, Socket } from "socket.io";
import type { ErrorOccuredPayload } from "../contract/index.ts";
import { boundOutbound, type BackpressureOptions } from "./backpressure.ts";
import { internalMessage, Rejection, replyRejection, type ErrorReplyTarget } from "./errors.ts";
import { checkEventName, checkPayload, withoutAck } from "./inbound-check.ts";
import { checkPayloadLimits } from "./payload-limits.ts";
import { checkRate, limitersOf, type Limiters } from "./guard-limits.ts";
import { assertRateLimit, DEFAULT_RATE_LIMIT, type RateLimit } from "./rate-limiter.ts";
import { UserRateLimits } from "./user-rate-limits.ts";

export interface ContractGuardOptions extends BackpressureOptions {
  /** Per-connection token bucket; default 500 events per 1000 ms. `false` turns it off. */
  rateLimit?: RateLimit | false;
  /**
   * Per-user token bucket, shared by all of a user's connections; default: the same as
   * `rateLimit`. `false` turns it off. Needs `userOf` to tell which user a connection is.
   */
  userRateLimit?: RateLimit | false;
  /** The user of a connection; default `socket.data.userId` when it is a string. */
  userOf?: (socket: AnySocket) => string | undefined;
  /** Told about every rejected event, once its ERROR_OCCURED was sent (or dropped): for logs and metrics. */
  onRejected?: (rejected: RejectedEvent) => void;
  /** The rate limiter's clock, in ms (tests). Default: performance.now(). */
  clock?: () => number;
}

export interface RejectedEvent {
  /** The socket id of the sending connection. */
  socketId: string;
  /** The event name as received (not necessarily a string: Socket.IO allows numbers). */
  event: unknown;
  reply: ErrorOccuredPayload;
  /** False only when the connection had already closed. */
  sent: boolean;
}

// Any Socket.IO server or namespace, whatever its event maps: the guard reads packets raw.
type AnySocket = Socket<any, any, any, any>;
export type GuardTarget = Server<any, any, any, any> | Namespace<any, any, any, any>;

/**
 * Checks every inbound event of every connection against the contract, in the contract's
 * order: event name (UNKNOWN_EVENT), rate limits per connection and per user
 * (RATE_LIMITED), exactly one argument within the contract's limits (no binary, nesting
 * depth: INVALID_PAYLOAD) and matching the schema (INVALID_PAYLOAD). It also bounds the
 * bytes queued for each connection (backpressure.ts). Install it before your own
 * connection handlers.
 *
 * @example
 * const io = new Server(httpServer, { maxHttpBufferSize: 100_000 });
 * contractGuard(io, { onRejected: (r) => console.warn(r.reply.errorMessage) });
 * io.on("connection", (socket) => socket.on("MESSAGE_SENT", (payload) => ...)); // payload is valid
 */
export function contractGuard(io: GuardTarget, options: ContractGuardOptions = {}): void {
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (rateLimit !== false) assertRateLimit(rateLimit);
  const userRateLimit = options.userRateLimit ?? rateLimit;
  if (userRateLimit !== false) assertRateLimit(userRateLimit);
  // One registry per server: the per-user buckets are shared by the user's connections.
  const userLimits =
    userRateLimit === false ? undefined : new UserRateLimits(userRateLimit, options.clock);
  const guard = (socket: AnySocket) => guardSocket(socket, { ...options, rateLimit }, userLimits);
  (io as Namespace).on("connection", guard);
}

/**
 * The guard for one connection, for servers that set up sockets themselves. Pass the same
 * `userLimits` to every connection of a server for the per-user limit (contractGuard does).
 */
export function guardSocket(
  socket: AnySocket,
  options: ContractGuardOptions = {},
  userLimits?: UserRateLimits,
): void {
  boundOutbound(socket, options);
  const limiter = limitersOf(socket, options, userLimits);
  socket.use(([event, ...args], next) => {
    const rejection = inspect(event, args, limiter);
    if (rejection === undefined) return next();
    // Not calling next() drops the packet: no listener runs. Socket.IO runs accepted
    // events' listeners in process.nextTick; answering in the same queue keeps replies in
    // the order the events came (a rejection never overtakes an earlier event's effects).
    process.nextTick(() => {
      const { reply, sent } = replyRejection(socket as unknown as ErrorReplyTarget, rejection);
      notify(options.onRejected, { socketId: socket.id, event, reply, sent });
    });
  });
}

function inspect(event: unknown, args: unknown[], limiters: Limiters): Rejection | undefined {
  try {
    const unknown = checkEventName(event);
    if (unknown !== undefined) return unknown;
    const limited = checkRate(event, limiters);
    if (limited !== undefined) return limited;
    const name = event as Parameters<typeof checkPayload>[0];
    const payload = withoutAck(args);
    // Binary and depth first: the schema check and the messages it builds never walk a
    // hostile value, and no handler or encoder ever sees one.
    return checkPayloadLimits(name, payload) ?? checkPayload(name, payload);
  } catch {
    // Never let a validator bug take the connection (or the process) down.
    return new Rejection("INTERNAL", internalMessage(String(event)));
  }
}

function notify(hook: ContractGuardOptions["onRejected"], rejected: RejectedEvent): void {
  try {
    hook?.(rejected);
  } catch {
    // A failing hook must not turn a clean rejection into a crash.
  }
}
