// The reusable validation layer: install it on any Socket.IO server and every inbound
// event is checked against the contract before your listeners see it. A failing event is
// answered with ERROR_OCCURED to its sender and dropped (never reaches a listener).
import type { Namespace, Server, Socket } from "socket.io";
import type { ErrorOccuredPayload } from "../contract/index.ts";
import { internalMessage, Rejection, replyRejection, type ErrorReplyTarget } from "./errors.ts";
import { checkEventName, checkPayload, withoutAck } from "./inbound-check.ts";
import {
  assertRateLimit,
  createRateLimiter,
  DEFAULT_RATE_LIMIT,
  type RateLimit,
  type RateLimiter,
} from "./rate-limiter.ts";

export interface ContractGuardOptions {
  /** Per-connection token bucket; default 500 events per 1000 ms. `false` turns it off. */
  rateLimit?: RateLimit | false;
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
  /** False when the reply was dropped because the client is not reading (a large backlog). */
  sent: boolean;
}

// Any Socket.IO server or namespace, whatever its event maps: the guard reads packets raw.
type AnySocket = Socket<any, any, any, any>;
export type GuardTarget = Server<any, any, any, any> | Namespace<any, any, any, any>;

/**
 * Checks every inbound event of every connection against the contract, in the contract's
 * order: event name (UNKNOWN_EVENT), rate limit (RATE_LIMITED), exactly one argument
 * matching the schema (INVALID_PAYLOAD). Install it before your own connection handlers.
 *
 * @example
 * const io = new Server(httpServer, { maxHttpBufferSize: 100_000 });
 * contractGuard(io, { onRejected: (r) => console.warn(r.reply.errorMessage) });
 * io.on("connection", (socket) => socket.on("MESSAGE_SENT", (payload) => ...)); // payload is valid
 */
export function contractGuard(io: GuardTarget, options: ContractGuardOptions = {}): void {
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (rateLimit !== false) assertRateLimit(rateLimit);
  const guard = (socket: AnySocket) => guardSocket(socket, { ...options, rateLimit });
  (io as Namespace).on("connection", guard);
}

/** The guard for one connection, for servers that set up sockets themselves. */
export function guardSocket(socket: AnySocket, options: ContractGuardOptions = {}): void {
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limiter = rateLimit === false ? undefined : createRateLimiter(rateLimit, options.clock);
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

function inspect(
  event: unknown,
  args: unknown[],
  limiter: RateLimiter | undefined,
): Rejection | undefined {
  try {
    const unknown = checkEventName(event);
    if (unknown !== undefined) return unknown;
    if (limiter !== undefined && !limiter.take()) {
      return new Rejection(
        "RATE_LIMITED",
        `${String(event)}: too many events from this connection; dropped, retry later`,
      );
    }
    return checkPayload(event as Parameters<typeof checkPayload>[0], withoutAck(args));
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
