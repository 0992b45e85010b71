// contractGuard on a plain Socket.IO server, as a server author would add it to their own.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { describe, expect, it } from "vitest";
import { contractGuard, type RejectedEvent } from "../../src/server/index.ts";
import { stamp } from "../support/barrier.ts";
import { useRig } from "../support/test-rig.ts";

describe("contractGuard on any Socket.IO server", () => {
  const rig = useRig();

  /** A minimal app: echoes each MESSAGE_SENT back as MESSAGE_RECEIVED, and records what reached it. */
  async function plainServer(guard: Parameters<typeof contractGuard>[1]) {
    const http = createServer();
    const io = new Server(http);
    const reached: unknown[] = [];
    contractGuard(io, guard);
    io.on("connection", (socket) => {
      socket.on("MESSAGE_SENT", (payload: { userId: string; message: string }) => {
        reached.push(payload);
        socket.emit("MESSAGE_RECEIVED", {
          userId: payload.userId,
          message: payload.message,
          timestamp: stamp(),
        });
      });
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    rig.defer(() => io.close());
    return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, reached };
  }

  it("lets a valid event reach the app's listener and stops an invalid one with ERROR_OCCURED", async () => {
    const rejected: RejectedEvent[] = [];
    const { url, reached } = await plainServer({ onRejected: (r) => rejected.push(r) });
    const client = rig.open(url, { userId: "alice" });
    await client.waitUntil(() => client.socket.connected, "connect");
    client.emitRaw("MESSAGE_SENT", { userId: "alice", message: "", timestamp: stamp() });
    client.emitRaw("SHOUT", {});
    client.send("MESSAGE_SENT", { userId: "alice", message: "valid", timestamp: stamp() });
    await client.waitFor("MESSAGE_RECEIVED");
    expect(client.payloadsOf("ERROR_OCCURED").map((e) => e.errorCode)).toEqual([
      "INVALID_PAYLOAD",
      "UNKNOWN_EVENT",
    ]);
    expect(reached).toEqual([expect.objectContaining({ message: "valid" })]);
    expect(rejected.map((r) => [r.event, r.reply.errorCode])).toEqual([
      ["MESSAGE_SENT", "INVALID_PAYLOAD"],
      ["SHOUT", "UNKNOWN_EVENT"],
    ]);
    expect(rejected[0]?.socketId).toBe(client.socket.id);
  });

  it("applies its own rate limit option", async () => {
    const { url, reached } = await plainServer({ rateLimit: { events: 2, perMs: 60_000 } });
    const client = rig.open(url, { userId: "alice" });
    await client.waitUntil(() => client.socket.connected, "connect");
    for (let i = 0; i < 3; i++)
      client.send("MESSAGE_SENT", { userId: "alice", message: `m${i}`, timestamp: stamp() });
    await client.waitFor("ERROR_OCCURED");
    expect(client.payloadsOf("ERROR_OCCURED")[0]?.errorCode).toBe("RATE_LIMITED");
    expect(reached).toHaveLength(2);
  });

  it("refuses a malformed rate limit at install time", () => {
    // Not attached to an HTTP server: nothing to close.
    const io = new Server();
    expect(() => contractGuard(io, { rateLimit: { events: 0, perMs: 1000 } })).toThrow(/rateLimit/);
  });
});
