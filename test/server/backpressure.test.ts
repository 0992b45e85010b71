import { describe, expect, it } from "vitest";
import { queuedBytes } from "../../src/server/index.ts";
import { stamp } from "../support/barrier.ts";
import { eventually, openRawClient, stopReading } from "../support/raw-client.ts";
import type { RecordingClient } from "../support/recording-client.ts";
import { useRig } from "../support/test-rig.ts";
import type { ChatSocket } from "../../src/server/index.ts";

const BOUND = 1024 * 1024;
/** The largest MESSAGE_RECEIVED packet: 4000 characters plus the envelope. */
const LARGEST_PACKET = 4_200;
const MESSAGE = "m".repeat(4000);

/** Records, for the connections of `userId`, the queued bytes seen after each packet. */
function watchQueues(userId: string) {
  const seen = { max: 0, sockets: [] as ChatSocket[] };
  const configure = (io: import("../../src/server/index.ts").ChatIoServer) =>
    io.on("connection", (socket) => {
      if (socket.data.userId !== userId) return;
      seen.sockets.push(socket);
      // Registered after the server's own watch, so it reads the count the bound was checked on.
      socket.conn.on("packetCreate", () => {
        seen.max = Math.max(seen.max, queuedBytes(socket));
      });
    });
  return { seen, configure };
}

describe("backpressure", () => {
  const rig = useRig();

  it("disconnects a client that stops reading as a slow consumer, counts and logs it, and never queues more than the bound for it", async () => {
    const { seen, configure } = watchQueues("mallory");
    const server = await rig.server({ rateLimit: false, maxQueuedBytes: BOUND, configure });
    const [alice, bob] = await rig.connectAll(server, "alice", "bob");
    const mallory = await openRawClient(server.port, { userId: "mallory" });
    rig.defer(() => mallory.terminate());
    stopReading(mallory);
    // 16 MB: enough to fill the loopback's kernel buffers (a few MB) and then the bound. In
    // batches that bob takes before the next is sent: bob reads, and is seen to keep up.
    const COUNT = 4000;
    const BATCH = 100;
    for (let sent = 0; sent < COUNT; sent += BATCH) {
      for (let i = 0; i < BATCH; i++) {
        alice!.send("MESSAGE_SENT", { userId: "alice", message: MESSAGE, timestamp: stamp() });
      }
      await bob!.waitForCount("MESSAGE_RECEIVED", sent + BATCH, { timeoutMs: 10_000 });
    }
    await eventually(() => server.counters.slowConsumerDisconnects === 1, "mallory was cut");
    expect(seen.max).toBeGreaterThan(BOUND);
    expect(seen.max).toBeLessThanOrEqual(BOUND + LARGEST_PACKET);
    const [socket] = seen.sockets;
    expect(socket!.connected).toBe(false);
    // Nothing held for it any more: the Engine.IO connection closed and its queue released.
    await eventually(
      () => (socket!.conn as unknown as { readyState: string }).readyState === "closed",
      "mallory's Engine.IO connection closed",
    );
    expect(queuedBytes(socket!)).toBe(0);
    expect(rig.logs.filter((l) => l.includes("slow consumer"))).toEqual([
      expect.stringMatching(/^warn: connection \S+ disconnected as a slow consumer: \d+ bytes/),
    ]);
    // The reading clients were never cut and see mallory leave.
    expect(await bob!.waitFor("USER_DISCONNECTED")).toMatchObject({ userId: "mallory" });
    expect(alice!.socket.connected && bob!.socket.connected).toBe(true);
  }, 60_000);

  it("cuts a client that floods rejected events and never reads the replies, instead of queueing them", async () => {
    const { seen, configure } = watchQueues("mallory");
    let read = 0;
    const server = await rig.server({
      rateLimit: false,
      maxQueuedBytes: BOUND,
      configure: (io) => {
        configure(io);
        io.on("connection", (socket) =>
          socket.use((_packet, next) => {
            read++;
            next();
          }),
        );
      },
    });
    const mallory = await openRawClient(server.port, { userId: "mallory" });
    rig.defer(() => mallory.terminate());
    stopReading(mallory);
    const FLOOD = 50_000;
    for (let i = 0; i < FLOOD; i++) mallory.send(`42["NOPE_${i}",{}]`);
    await eventually(
      () => server.counters.slowConsumerDisconnects === 1,
      "mallory was cut",
      30_000,
    );
    expect(read).toBeLessThan(FLOOD); // cut before the flood was over
    expect(seen.max).toBeLessThanOrEqual(BOUND + 1000);
    const [alice, bob] = await rig.connectAll(server, "alice", "bob");
    alice!.send("MESSAGE_SENT", { userId: "alice", message: "unaffected", timestamp: stamp() });
    expect(await bob!.waitFor("MESSAGE_RECEIVED")).toMatchObject({ message: "unaffected" });
  }, 60_000);
});

describe("backpressure on the polling transport", () => {
  const rig = useRig();

  it("cuts a long-polling client that stops polling once its queue passes the bound", async () => {
    const { seen, configure } = watchQueues("poller");
    const server = await rig.server({ rateLimit: false, maxQueuedBytes: BOUND, configure });
    const [alice, bob] = (await rig.connectAll(server, "alice", "bob")) as [
      RecordingClient,
      RecordingClient,
    ];
    // Engine.IO over HTTP long-polling, by hand: open, connect as "poller", then never poll.
    const base = `${server.url}/socket.io/?EIO=4&transport=polling`;
    const open = await (await fetch(base)).text(); // 0{"sid":...}
    const sid = (JSON.parse(open.slice(1)) as { sid: string }).sid;
    await fetch(`${base}&sid=${sid}`, { method: "POST", body: `40{"userId":"poller"}` });
    await eventually(() => seen.sockets.length === 1, "poller connected");
    // 400 messages of 4 KB: 1.6 MB for a client that takes nothing, bob reading all of it.
    for (let sent = 0; sent < 400; sent += 100) {
      for (let i = 0; i < 100; i++) {
        alice.send("MESSAGE_SENT", { userId: "alice", message: MESSAGE, timestamp: stamp() });
      }
      await bob.waitForCount("MESSAGE_RECEIVED", sent + 100, { timeoutMs: 10_000 });
    }
    await eventually(() => server.counters.slowConsumerDisconnects === 1, "poller was cut");
    expect(seen.max).toBeGreaterThan(BOUND);
    expect(seen.max).toBeLessThanOrEqual(BOUND + LARGEST_PACKET);
    expect(seen.sockets[0]!.connected).toBe(false);
    expect(await bob.waitFor("USER_DISCONNECTED")).toMatchObject({ userId: "poller" });
  }, 60_000);
});
