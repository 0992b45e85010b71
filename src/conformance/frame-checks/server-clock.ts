import { isContractEvent } from "../../contract/index.ts";
import type { Frame } from "../recorder.ts";
import type { FrameCheck } from "./frame-check.ts";

/**
 * How far a server's clock may be from the suite's. The contract says every payload a server
 * emits carries the server's own clock; the suite's own timestamps are a day old, so an
 * echoed client timestamp, a constant, or a local time labelled Z is far outside this,
 * while ordinary skew between two machines is well inside it.
 */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

function timestampOf(frame: Frame): { event: string; timestamp: string } | undefined {
  const event =
    frame.kind === "connect_error"
      ? "CONNECTION_ERROR"
      : frame.kind === "event" && frame.event !== undefined && isContractEvent(frame.event)
        ? frame.event
        : undefined;
  const payload = frame.args[0];
  if (event === undefined || typeof payload !== "object" || payload === null) return undefined;
  const timestamp = (payload as Record<string, unknown>)["timestamp"];
  // A missing or malformed timestamp is payload-matches-schema's to report.
  if (typeof timestamp !== "string" || Number.isNaN(Date.parse(timestamp))) return undefined;
  return { event, timestamp };
}

export const serverClock: FrameCheck = {
  name: "server-clock",
  description: `every payload is stamped with the server's own clock (within ${CLOCK_TOLERANCE_MS / 60_000} minutes of the suite's)`,
  check(frame) {
    const stamped = timestampOf(frame);
    if (stamped === undefined) return undefined;
    const offMs = Date.parse(stamped.timestamp) - Date.now();
    if (Math.abs(offMs) <= CLOCK_TOLERANCE_MS) return [];
    const minutes = Math.round(offMs / 60_000);
    return [
      {
        event: stamped.event,
        message: `${stamped.event}.timestamp is ${Math.abs(minutes)} minutes ${minutes < 0 ? "behind" : "ahead of"} the suite's clock; a server stamps what it emits with its own time`,
        instancePath: "/timestamp",
        expected: `within ${CLOCK_TOLERANCE_MS / 60_000} minutes of ${new Date().toISOString()}`,
        received: stamped.timestamp,
      },
    ];
  },
};
