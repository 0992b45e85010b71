// The reference server and its reusable parts.
export { createChatServer, type ChatServer, type ServerCounters } from "./create-chat-server.ts";
export {
  DEFAULT_HOST,
  DEFAULT_MAX_PAYLOAD_BYTES,
  DEFAULT_NODE_TTL_MS,
  DEFAULT_PORT,
  type ChatServerOptions,
} from "./options.ts";
// Types only: the Redis client loads when a server is created with `redis`.
export type { RedisClusterOptions } from "./cluster/cluster-options.ts";
export type { ChatStore, MembershipChange, MembershipProblem } from "./chat-store.ts";
export type { ChatIoServer, ChatSocket, Logger, SocketData } from "./types.ts";
export {
  contractGuard,
  guardSocket,
  type ContractGuardOptions,
  type GuardTarget,
  type RejectedEvent,
} from "./contract-guard.ts";
export { checkOutgoing, watchOutgoing, type OutgoingViolationReporter } from "./outgoing-check.ts";
export { checkHandshake, checkHandshakeWithJwt, type HandshakeResult } from "./handshake.ts";
export { jwtProblem, mintUserToken } from "./jwt-identity.ts";
export {
  createRateLimiter,
  DEFAULT_RATE_LIMIT,
  type RateLimit,
  type RateLimiter,
} from "./rate-limiter.ts";
export { Rejection } from "./errors.ts";
export {
  boundOutbound,
  DEFAULT_MAX_QUEUED_BYTES,
  queuedBytes,
  type BackpressureOptions,
  type SlowConsumer,
} from "./backpressure.ts";
export { checkPayloadLimits, deeperThan, findBinary } from "./payload-limits.ts";
export { UserRateLimits } from "./user-rate-limits.ts";
