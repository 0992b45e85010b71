// The reference server and its reusable parts.
export { createChatServer, type ChatServer } from "./create-chat-server.ts";
export {
  DEFAULT_HOST,
  DEFAULT_MAX_PAYLOAD_BYTES,
  DEFAULT_PORT,
  type ChatServerOptions,
} from "./options.ts";
export type { ChatIoServer, ChatSocket, Logger, SocketData } from "./types.ts";
export {
  contractGuard,
  guardSocket,
  type ContractGuardOptions,
  type GuardTarget,
  type RejectedEvent,
} from "./contract-guard.ts";
export { checkOutgoing, watchOutgoing, type OutgoingViolationReporter } from "./outgoing-check.ts";
export { checkHandshake, type HandshakeResult } from "./handshake.ts";
export {
  createRateLimiter,
  DEFAULT_RATE_LIMIT,
  type RateLimit,
  type RateLimiter,
} from "./rate-limiter.ts";
export { MAX_REPLY_BACKLOG, Rejection } from "./errors.ts";
