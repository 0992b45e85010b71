// ChatServerOptions and their defaults, resolved (and checked) in one place.
import type { Violation } from "../contract/index.ts";
import { assertMaxQueuedBytes, DEFAULT_MAX_QUEUED_BYTES } from "./backpressure.ts";
import { assertRateLimit, DEFAULT_RATE_LIMIT, type RateLimit } from "./rate-limiter.ts";
import type { ChatIoServer, Logger } from "./types.ts";
import type { RedisClusterOptions } from "./cluster/cluster-options.ts";

export interface ChatServerOptions {
  /** Default 3000; 0 picks a free port (read it back from `ChatServer.port`). */
  port?: number;
  /** Default "127.0.0.1": only this machine can connect. Use "0.0.0.0" to listen on every interface. */
  host?: string;
  /** A shared handshake token; when set, `auth.token` must equal it (else AUTH_INVALID). */
  token?: string;
  /**
   * Per-user JWT secret: `auth.token` must then be a JWT signed with it (HS256) whose `sub`
   * is `auth.userId` and which has not expired (else AUTH_INVALID). Exclusive with `token`.
   */
  jwtSecret?: string;
  /** Per-connection token bucket; default 500 events per 1000 ms. `false` turns it off. */
  rateLimit?: RateLimit | false;
  /** Per-user token bucket shared by all of a user's connections; default: `rateLimit`. */
  userRateLimit?: RateLimit | false;
  /**
   * Bytes queued for one connection (not yet taken by its client) past which it is
   * disconnected as a slow consumer; default 4 MiB.
   */
  maxQueuedBytes?: number;
  /**
   * The largest inbound message in bytes (Socket.IO's `maxHttpBufferSize`), default 100 000.
   * A bigger one closes the connection at the transport level: no ERROR_OCCURED is possible.
   */
  maxPayloadBytes?: number;
  /** Default true. false removes the contract guard (schema checks, UNKNOWN_EVENT, rate limit): benchmarks only. */
  validateIncoming?: boolean;
  /** When set, every emitted payload is validated as sent on the wire and violations reported here. */
  onOutgoingViolation?: (violations: Violation[], event: string) => void;
  /** Default: errors and warnings to the console, nothing per event. */
  logger?: Logger;
  /** Called right after the Socket.IO server is created, before the server's own middleware and handlers. */
  configure?: (io: ChatIoServer) => void;
  /**
   * Run as one node of a cluster: a Redis URL (`redis://127.0.0.1:6379`) or options. State
   * lives in Redis and broadcasts go through the Socket.IO Redis Streams adapter, so several
   * servers on the same Redis behave as one. Default: one process, state in memory.
   */
  redis?: string | RedisClusterOptions;
}

export const DEFAULT_PORT = 3000;
/** A cluster node silent for this long is taken for dead (see cluster/redis-cluster.ts). */
export const DEFAULT_NODE_TTL_MS = 10_000;
export const DEFAULT_HOST = "127.0.0.1";
/** Socket.IO's own default is 1 MB; a chat payload is at most a 4000-character message. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 100_000;

export const consoleLogger: Logger = {
  info: (msg) => console.log(msg),
  warn: (msg) => console.warn(msg),
  error: (msg, err) => (err === undefined ? console.error(msg) : console.error(msg, err)),
};

export interface ResolvedOptions {
  port: number;
  host: string;
  token: string | undefined;
  jwtSecret: string | undefined;
  rateLimit: RateLimit | false;
  userRateLimit: RateLimit | false;
  maxQueuedBytes: number;
  maxPayloadBytes: number;
  validateIncoming: boolean;
  onOutgoingViolation: ChatServerOptions["onOutgoingViolation"];
  logger: Logger;
  configure: ChatServerOptions["configure"];
  redis: RedisClusterOptions | undefined;
}

/** Fills in defaults; misuse throws a TypeError that names the option. */
export function resolveOptions(options: ChatServerOptions): ResolvedOptions {
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(
      `createChatServer: port must be an integer from 0 to 65535, got ${String(port)}`,
    );
  }
  const maxPayloadBytes = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  if (!Number.isInteger(maxPayloadBytes) || maxPayloadBytes < 1) {
    throw new TypeError(
      `createChatServer: maxPayloadBytes must be a positive integer, got ${String(maxPayloadBytes)}`,
    );
  }
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (rateLimit !== false) assertRateLimit(rateLimit);
  const userRateLimit = options.userRateLimit ?? rateLimit;
  if (userRateLimit !== false) assertRateLimit(userRateLimit);
  const maxQueuedBytes = options.maxQueuedBytes ?? DEFAULT_MAX_QUEUED_BYTES;
  assertMaxQueuedBytes(maxQueuedBytes);
  if (options.token !== undefined && options.jwtSecret !== undefined) {
    throw new TypeError("createChatServer: give token (shared) or jwtSecret (per user), not both");
  }
  if (options.jwtSecret !== undefined && options.jwtSecret.length === 0) {
    throw new TypeError("createChatServer: jwtSecret must not be empty");
  }
  const ttl = typeof options.redis === "object" ? options.redis.nodeTtlMs : undefined;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 100)) {
    throw new TypeError(
      `createChatServer: redis.nodeTtlMs must be an integer of at least 100 ms, got ${String(ttl)}`,
    );
  }
  return {
    port,
    host: options.host ?? DEFAULT_HOST,
    token: options.token,
    jwtSecret: options.jwtSecret,
    rateLimit,
    userRateLimit,
    maxQueuedBytes,
    maxPayloadBytes,
    validateIncoming: options.validateIncoming ?? true,
    onOutgoingViolation: options.onOutgoingViolation,
    logger: options.logger ?? consoleLogger,
    configure: options.configure,
    redis: typeof options.redis === "string" ? { url: options.redis } : options.redis,
  };
}
