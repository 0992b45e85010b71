import { isContractEvent, validateEvent } from "../../contract/index.ts";
import type { Frame } from "../recorder.ts";
import type { FrameCheck } from "./frame-check.ts";

/** The payload a frame carries and the event whose schema it must match, if the check applies. */
function payloadOf(frame: Frame): { event: string; payload: unknown } | undefined {
  // A rejected handshake's data is a CONNECTION_ERROR payload; transport errors carry none.
  if (frame.kind === "connect_error") {
    return frame.args.length > 0
      ? { event: "CONNECTION_ERROR", payload: frame.args[0] }
      : undefined;
  }
  if (frame.kind !== "event" || frame.event === undefined || !isContractEvent(frame.event))
    return undefined;
  // No argument at all is single-argument's to report; with several, the first is the payload.
  return frame.args.length > 0 ? { event: frame.event, payload: frame.args[0] } : undefined;
}

export const payloadMatchesSchema: FrameCheck = {
  name: "payload-matches-schema",
  description: "every payload matches its event's schema (every violation, not just the first)",
  check(frame) {
    const target = payloadOf(frame);
    if (target === undefined) return undefined;
    return validateEvent(target.event, target.payload).map((violation) => ({
      event: target.event,
      message: violation.message,
      instancePath: violation.instancePath,
      keyword: violation.keyword,
      expected: violation.expected,
      received: violation.received,
    }));
  },
};
