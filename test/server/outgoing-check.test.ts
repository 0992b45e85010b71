// The outgoing check is what makes "the server can never emit a non-conformant payload
// without a test failing" true: prove it fires on a server broken on purpose.
import { describe, expect, it } from "vitest";
import type { Violation } from "../../src/contract/index.ts";
import { checkOutgoing, createChatServer, type ChatIoServer } from "../../src/server/index.ts";
import { stamp } from "../support/barrier.ts";
import { RecordingClient } from "../support/recording-client.ts";

/** Wraps every socket's emit so MESSAGE_RECEIVED goes out with a numeric timestamp. */
function breakTimestamps(io: ChatIoServer): void {
  io.use((socket, next) => {
    const emit = socket.emit.bind(socket) as (...args: unknown[]) => boolean;
    (socket as unknown as { emit: typeof emit }).emit = (event, payload, ...rest) =>
      event === "MESSAGE_RECEIVED"
        ? emit(event, { ...(payload as object), timestamp: Date.now() }, ...rest)
        : emit(event, payload, ...rest);
    next();
  });
}

describe("outgoing validation", () => {
  it("reports a non-conformant emit through onOutgoingViolation", async () => {
    const reported: Array<{ event: string; violations: Violation[] }> = [];
    const server = await createChatServer({
      port: 0,
      configure: breakTimestamps,
      onOutgoingViolation: (violations, event) => reported.push({ event, violations }),
      logger: { info() {}, warn() {}, error() {} },
    });
    const alice = RecordingClient.open(server.url, { userId: "alice" });
    const bob = RecordingClient.open(server.url, { userId: "bob" });
    try {
      await Promise.all([alice.ready(), bob.ready()]);
      alice.send("MESSAGE_SENT", { userId: "alice", message: "hi", timestamp: stamp() });
      // The independent client-side check sees it too, and makes waitFor fail.
      await expect(bob.waitFor("MESSAGE_RECEIVED")).rejects.toThrow(/MESSAGE_RECEIVED \/timestamp/);
      expect(reported).toEqual([
        {
          event: "MESSAGE_RECEIVED",
          violations: [expect.objectContaining({ instancePath: "/timestamp", keyword: "type" })],
        },
      ]);
    } finally {
      await Promise.all([alice.close(), bob.close()]);
      await server.close();
    }
  });

  it("flags an event the server may not emit, and a wrong argument count", () => {
    expect(checkOutgoing("MESSAGE_SENT", [{}])).toEqual([
      expect.objectContaining({ keyword: "event" }),
    ]);
    expect(checkOutgoing("USER_CONNECTED", [])).toEqual([
      expect.objectContaining({ keyword: "arguments", received: 0 }),
    ]);
    expect(checkOutgoing("USER_CONNECTED", [{ userId: "a", timestamp: new Date() }])).toEqual([]);
  });
});
