// createChatServer(): the reference server, assembled from its parts in the order that
// matters (user hooks, outgoing check, handshake, contract guard, then the chat itself).
import { Server } from "socket.io";
import { boundOutbound, type SlowConsumer } from "./backpressure.ts";
import { ChatState } from "./chat-state.ts";
import { clusterConnections } from "./cluster/cluster-connection.ts";
import { CLUSTER_PEERS, pinned } from "../optional-peers.ts";
import type { RedisCluster } from "./cluster/redis-cluster.ts";
import { handleConnection } from "./connection.ts";
import type { ServerContext } from "./context.ts";
import { contractGuard } from "./contract-guard.ts";
import { useHandshake } from "./handshake.ts";
import { closeWithGrace, createHttpServer, listen, urlOf } from "./http-server.ts";
import { resolveOptions, type ChatServerOptions, type ResolvedOptions } from "./options.ts";
import { watchOutgoing } from "./outgoing-check.ts";
import type { ChatIoServer, ChatSocket } from "./types.ts";

export interface ServerCounters {
  /** Connections cut because too many bytes were queued for them (backpressure). */
  slowConsumerDisconnects: number;
  /** Events answered RATE_LIMITED (per connection or per user). */
  rateLimitedEvents: number;
  /** Every event answered ERROR_OCCURED by the contract guard (RATE_LIMITED included). */
  guardRejections: number;
}

export interface ChatServer {
  /** e.g. `http://127.0.0.1:3000`; what a Socket.IO client connects to. */
  url: string;
  /** The port actually bound (useful with `port: 0`). */
  port: number;
  io: ChatIoServer;
  /** Live counts of what the server refused or cut, for metrics and tests. */
  counters: Readonly<ServerCounters>;
  /** Disconnects every client and resolves when the port is released. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the reference chat server. State (groups, memberships, presence) is in memory
 * and is lost when the server stops; with `redis` the server is one node of a cluster
 * whose state lives in Redis (rejects when Redis cannot be reached).
 *
 * @example
 * const server = await createChatServer({ port: 0 });
 * const socket = io(server.url, { auth: { userId: "alice" } });
 * // ...
 * await server.close();
 */
export async function createChatServer(options: ChatServerOptions = {}): Promise<ChatServer> {
  const resolved = resolveOptions(options);
  // Loaded only for a cluster node, so the in-memory server never loads the Redis client.
  const cluster =
    resolved.redis === undefined
      ? undefined
      : await (await loadCluster()).joinRedisCluster(resolved.redis, resolved.logger);
  const http = createHttpServer();
  const io: ChatIoServer = new Server(http.server, {
    maxHttpBufferSize: resolved.maxPayloadBytes,
    serveClient: false,
    ...(cluster && { adapter: cluster.adapter }),
  });
  const counters: ServerCounters = {
    slowConsumerDisconnects: 0,
    rateLimitedEvents: 0,
    guardRejections: 0,
  };
  const drained = wire(io, resolved, counters, cluster);
  let port: number;
  try {
    // Heartbeat before listening: a node that takes connections is always known to Redis.
    await cluster?.start(io);
    port = await listen(http.server, resolved.port, resolved.host);
  } catch (error) {
    void io.close();
    await cluster?.close().catch(() => {});
    throw new Error(
      `createChatServer: cannot listen on ${resolved.host}:${resolved.port}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  let closing: Promise<void> | undefined;
  return {
    url: urlOf(resolved.host, port),
    port,
    io,
    counters,
    close: () =>
      (closing ??= closeWithGrace(http, (done) => void io.close(() => done())).then(async () => {
        // A cluster node counts its connections out in Redis before it leaves.
        await drained?.();
        await cluster?.close();
      })),
  };
}

/** Installs everything on `io`; for a cluster node, returns how to wait for its queued steps. */
function wire(
  io: ChatIoServer,
  options: ResolvedOptions,
  counters: ServerCounters,
  cluster: RedisCluster | undefined,
): (() => Promise<void>) | undefined {
  options.configure?.(io);
  // First among connection listeners, so it sees DATA_RECEIVED and everything after.
  if (options.onOutgoingViolation) watchOutgoing(io, options.onOutgoingViolation);
  useHandshake(io, {
    token: options.token,
    jwtSecret: options.jwtSecret,
    onOutgoingViolation: options.onOutgoingViolation,
  });
  const backpressure = {
    maxQueuedBytes: options.maxQueuedBytes,
    onSlowConsumer: (slow: SlowConsumer) => {
      counters.slowConsumerDisconnects++;
      options.logger.warn(
        `connection ${slow.socketId} disconnected as a slow consumer: ${slow.queuedBytes} bytes queued (limit ${slow.maxQueuedBytes})`,
      );
    },
  };
  if (options.validateIncoming) {
    contractGuard(io, {
      ...backpressure,
      rateLimit: options.rateLimit,
      userRateLimit: options.userRateLimit,
      onRejected: (rejected) => {
        counters.guardRejections++;
        if (rejected.reply.errorCode === "RATE_LIMITED") counters.rateLimitedEvents++;
      },
    });
  } else {
    io.on("connection", (socket: ChatSocket) => boundOutbound(socket, backpressure));
  }
  if (cluster !== undefined) {
    const connections = clusterConnections({ io, store: cluster.store, logger: options.logger });
    io.on("connection", (socket: ChatSocket) => connections.handle(socket));
    return () => connections.drained();
  }
  const ctx: ServerContext = { io, state: new ChatState(), logger: options.logger };
  io.on("connection", (socket: ChatSocket) => handleConnection(ctx, socket));
  return undefined;
}

/** The cluster module; without its optional peer dependencies, an error naming them. */
async function loadCluster(): Promise<typeof import("./cluster/redis-cluster.ts")> {
  try {
    return await import("./cluster/redis-cluster.ts");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw error;
    throw new Error(
      `createChatServer: the redis option needs the optional peer dependencies of chat-contract for a cluster; install them: npm install ${pinned(CLUSTER_PEERS)}`,
      { cause: error },
    );
  }
}
