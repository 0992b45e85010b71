import { describe, expect, it } from "vitest";
import { barrier, stamp } from "../support/barrier.ts";
import { eventually } from "../support/raw-client.ts";
import type { RecordingClient } from "../support/recording-client.ts";
import { useRig } from "../support/test-rig.ts";

// Issue 14's flood, scaled down for test time: ten senders each send well past the limit at
// once while three receivers read. The account must balance for every sender, exactly:
// sent = refused with ERROR_OCCURED + delivered to every reading receiver.
const SENDERS = 10;
const PER_SENDER = 300;
const LIMIT = { events: 100, perMs: 1000 };
const BODY = "x".repeat(200);

function fromSender(client: RecordingClient, sender: string): string[] {
  return client
    .payloadsOf("MESSAGE_RECEIVED")
    .filter((p) => p.userId === sender)
    .map((p) => p.message.slice(0, p.message.indexOf(" ")));
}

describe("flood control", () => {
  const rig = useRig();

  it("answers every MESSAGE_SENT of a 10-sender flood either RATE_LIMITED or by delivering it to every reading receiver, and disconnects no sender", async () => {
    const server = await rig.server({ rateLimit: LIMIT });
    const senderIds = Array.from({ length: SENDERS }, (_, i) => `sender-${i}`);
    const receivers = await rig.connectAll(server, "reader-a", "reader-b", "reader-c");
    const senders: RecordingClient[] = [];
    for (const id of senderIds) senders.push(await rig.connect(server, id));
    // Every sender floods at once: its whole allowance and twice as much again.
    for (let i = 0; i < PER_SENDER; i++) {
      for (const sender of senders) {
        sender.send("MESSAGE_SENT", {
          userId: sender.userId,
          message: `${sender.userId}#${i} ${BODY}`,
          timestamp: stamp(),
        });
      }
    }
    const balanced = (sender: RecordingClient) =>
      receivers.every(
        (r) => sender.count("ERROR_OCCURED") + fromSender(r, sender.userId).length === PER_SENDER,
      );
    // Polled: the account spans several clients' recordings.
    await eventually(
      () => senders.every(balanced),
      "every sender's account balanced (a message neither refused nor delivered is lost)",
      20_000,
    );
    // Settle: anything still in flight (a duplicate, a late delivery) arrives before this.
    await barrier(receivers[0]!, [...receivers.slice(1), ...senders]);

    for (const sender of senders) {
      const refused = sender.payloadsOf("ERROR_OCCURED");
      expect(new Set(refused.map((e) => e.errorCode))).toEqual(new Set(["RATE_LIMITED"]));
      // The bucket let through at least its burst, and refused the rest of the flood.
      expect(refused.length).toBeGreaterThan(0);
      expect(PER_SENDER - refused.length).toBeGreaterThanOrEqual(LIMIT.events);
      const delivered = fromSender(receivers[0]!, sender.userId);
      expect(refused.length + delivered.length).toBe(PER_SENDER);
      // Every reader got the same messages, each once, in the order they were sent.
      for (const receiver of receivers) {
        expect(fromSender(receiver, sender.userId)).toEqual(delivered);
      }
      const indexes = delivered.map((m) => Number(m.split("#")[1]));
      expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
      expect(sender.socket.connected).toBe(true);
    }
    expect(server.counters.slowConsumerDisconnects).toBe(0);
    expect(server.counters.rateLimitedEvents).toBe(
      senders.reduce((n, s) => n + s.count("ERROR_OCCURED"), 0),
    );
  }, 60_000);
});
