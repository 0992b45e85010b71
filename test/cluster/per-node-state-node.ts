// A broken cluster node for the suite to catch: broadcasts cross nodes through the Redis
// Streams adapter like the real thing, but presence, groups and memberships are kept per
// node (an in-memory ChatStore each), a mistake a real deployment makes when it adds the
// adapter and forgets the state. Built from the reference server's own parts.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { createAdapter } from "@socket.io/redis-streams-adapter";
import { createClient } from "redis";
import { Server } from "socket.io";
import { memoryChatStore } from "../../src/server/chat-store.ts";
import { clusterConnections } from "../../src/server/cluster/cluster-connection.ts";
import { contractGuard } from "../../src/server/contract-guard.ts";
import { useHandshake } from "../../src/server/handshake.ts";
import type { ChatIoServer, ChatSocket, Logger } from "../../src/server/types.ts";

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} };

export interface BrokenNode {
  url: string;
  close(): Promise<void>;
}

/** One node; every node started with the same `redisUrl` and `stream` shares broadcasts. */
export async function startPerNodeStateNode(redisUrl: string, stream: string): Promise<BrokenNode> {
  const client = createClient({ url: redisUrl });
  client.on("error", () => {});
  await client.connect();
  const http = createServer();
  const io: ChatIoServer = new Server(http, {
    adapter: createAdapter(client, { streamName: stream, channelPrefix: stream }),
  });
  useHandshake(io, { token: undefined });
  contractGuard(io);
  const connections = clusterConnections({ io, store: memoryChatStore(), logger: quiet });
  io.on("connection", (socket: ChatSocket) => connections.handle(socket));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => void io.close(() => resolve()));
      await connections.drained();
      await client.close();
    },
  };
}

// As a script (the catalogue bench runs each node in a process of its own):
//   node --import tsx test/cluster/per-node-state-node.ts REDIS_URL STREAM
// prints the node's URL once it listens, and runs until killed.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [redisUrl, stream] = process.argv.slice(2);
  if (redisUrl === undefined || stream === undefined) {
    console.error("usage: per-node-state-node.ts REDIS_URL STREAM");
    process.exit(2);
  }
  const node = await startPerNodeStateNode(redisUrl, stream);
  console.log(node.url);
}
