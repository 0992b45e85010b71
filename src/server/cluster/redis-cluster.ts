// Joins this process to a cluster of reference-server nodes on one Redis: the client, the
// Socket.IO Redis Streams adapter (broadcasts and remote joins to every node, resumed after
// a Redis restart), the shared state (RedisChatStore) and this node's liveness: a heartbeat
// key with a TTL, and a sweep that counts out the connections of nodes whose key expired.
import { randomUUID } from "node:crypto";
import { createAdapter } from "@socket.io/redis-streams-adapter";
import { createClient } from "redis";
import { DEFAULT_NODE_TTL_MS } from "../options.ts";
import { now, type ChatIoServer, type Logger } from "../types.ts";
import { EVERYONE } from "./cluster-rooms.ts";
import type { RedisClusterOptions } from "./cluster-options.ts";
import { RedisChatStore, type AnyRedisClient } from "./redis-chat-store.ts";

export type { RedisClusterOptions } from "./cluster-options.ts";

/** The longest wait between retries while Redis is down (after a first successful connect). */
const MAX_RECONNECT_DELAY_MS = 2_000;

export interface RedisCluster {
  nodeId: string;
  store: RedisChatStore;
  /** Socket.IO's `adapter` option. */
  adapter: ReturnType<typeof createAdapter>;
  /** Starts heartbeat and sweep; `io` is where the sweep announces USER_DISCONNECTED. */
  start(io: ChatIoServer): Promise<void>;
  /** After every connection has been counted out: forget this node and close the client. */
  close(): Promise<void>;
}

/** userId -> this node's connections that have been counted in (they are in EVERYONE). */
function arrivedConnections(io: ChatIoServer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const socket of io.of("/").sockets.values()) {
    if (!socket.rooms.has(EVERYONE)) continue;
    counts.set(socket.data.userId, (counts.get(socket.data.userId) ?? 0) + 1);
  }
  return counts;
}

/** Connects, or throws a clear error when Redis cannot be reached (no retry at start). */
export async function joinRedisCluster(
  options: RedisClusterOptions,
  logger: Logger,
): Promise<RedisCluster> {
  const ttlMs = options.nodeTtlMs ?? DEFAULT_NODE_TTL_MS;
  const prefix = options.keyPrefix ?? "chat:";
  let connected = false;
  let closing = false;
  let lost = false;
  const client: AnyRedisClient = createClient({
    url: options.url,
    socket: {
      connectTimeout: 5_000,
      // At start, fail at once (the caller exits 2); once connected, retry for ever and say so.
      reconnectStrategy: (retries, cause) => {
        if (!connected || closing) return cause;
        // The adapter's own two connections share this strategy: say it once per outage.
        if (!lost)
          logger.warn(`redis ${options.url}: connection lost (${cause.message}); reconnecting`);
        lost = true;
        return Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS);
      },
    },
  });
  client.on("error", () => {
    // Reported by reconnectStrategy (or by connect() at start); without a listener it would throw.
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`cannot connect to Redis at ${options.url}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  connected = true;
  client.on("ready", () => {
    lost = false;
    logger.info(`redis ${options.url}: connected`);
  });
  const nodeId = randomUUID();
  const store = new RedisChatStore(client, nodeId, prefix);
  const adapter = createAdapter(client, {
    streamName: `${prefix}socket.io`,
    channelPrefix: `${prefix}socket.io`,
  });
  let timer: NodeJS.Timeout | undefined;
  return {
    nodeId,
    store,
    adapter,
    async start(io) {
      await store.heartbeat(ttlMs);
      // Every "ready" from now on is a reconnection: Redis may have restarted empty.
      client.on("ready", () => {
        store
          .heartbeat(ttlMs)
          .then(() => store.restoreNode(arrivedConnections(io)))
          .catch((error: unknown) =>
            logger.warn(
              `redis ${options.url}: restoring this node's presence failed: ${(error as Error).message}`,
            ),
          );
      });
      const beat = async () => {
        await store.heartbeat(ttlMs);
        for (const userId of await store.sweepDeadNodes()) {
          io.to(EVERYONE).emit("USER_DISCONNECTED", { userId, timestamp: now() });
        }
      };
      // One beat at a time: while Redis is away its commands wait, and they must not pile up.
      let beating = false;
      timer = setInterval(() => {
        if (beating) return;
        beating = true;
        beat()
          .catch((error: unknown) =>
            logger.warn(`redis ${options.url}: heartbeat failed: ${(error as Error).message}`),
          )
          .finally(() => (beating = false));
      }, ttlMs / 4);
      timer.unref();
    },
    async close() {
      clearInterval(timer);
      try {
        if (client.isReady) await store.leave();
      } finally {
        closing = true;
        await client.close();
      }
    },
  };
}
