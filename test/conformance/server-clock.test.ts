// The server-clock frame check: what a server emits carries the server's own time.
import { describe, expect, it } from "vitest";
import {
  CLOCK_TOLERANCE_MS,
  serverClock,
} from "../../src/conformance/frame-checks/server-clock.ts";
import type { Frame } from "../../src/conformance/recorder.ts";

function frame(event: string, timestamp: unknown, kind: Frame["kind"] = "event"): Frame {
  return { seq: 0, client: "alice#1", kind, event, args: [{ userId: "alice", timestamp }], at: 0 };
}

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describe("server-clock", () => {
  it("passes a payload stamped now, or within the tolerance", () => {
    expect(serverClock.check(frame("USER_CONNECTED", ago(0)))).toEqual([]);
    expect(serverClock.check(frame("USER_CONNECTED", ago(CLOCK_TOLERANCE_MS - 1000)))).toEqual([]);
  });

  it("flags a day-old (echoed client) timestamp and a constant one, naming the event", () => {
    for (const stale of [ago(24 * 3_600_000), "2000-01-01T00:00:00.000Z"]) {
      const findings = serverClock.check(frame("MESSAGE_RECEIVED", stale));
      expect(findings).toHaveLength(1);
      expect(findings![0]).toMatchObject({
        event: "MESSAGE_RECEIVED",
        instancePath: "/timestamp",
        received: stale,
      });
      expect(findings![0]!.message).toMatch(/behind the suite's clock/);
    }
  });

  it("flags a clock ahead of the suite's", () => {
    const ahead = new Date(Date.now() + 3_600_000).toISOString();
    expect(serverClock.check(frame("DATA_RECEIVED", ahead))![0]!.message).toMatch(/ahead of/);
  });

  it("checks connect_error data as CONNECTION_ERROR, and leaves malformed timestamps to the schema check", () => {
    const refused: Frame = {
      ...frame("", "2000-01-01T00:00:00.000Z", "connect_error"),
      event: undefined,
    };
    expect(serverClock.check(refused)![0]).toMatchObject({ event: "CONNECTION_ERROR" });
    expect(serverClock.check(frame("USER_CONNECTED", "yesterday"))).toBeUndefined();
    expect(serverClock.check(frame("USER_TYPING", ago(0)))).toBeUndefined();
  });
});
