import { ACK_MARKER } from "../test-client.ts";
import type { FrameCheck } from "./frame-check.ts";

export const singleArgument: FrameCheck = {
  name: "single-argument",
  description: "every event carries exactly one argument, the payload, and no acknowledgement",
  check(frame) {
    if (frame.kind !== "event" || frame.event === undefined) return undefined;
    if (frame.args.length === 1 && frame.args[0] !== ACK_MARKER) return [];
    const asksAck = frame.args.includes(ACK_MARKER);
    return [
      {
        event: frame.event,
        message: asksAck
          ? `${frame.event} asked for an acknowledgement; v1 events carry exactly one argument and no callback`
          : `${frame.event} carried ${frame.args.length} arguments; every event carries exactly one, the payload`,
        expected: "1 argument",
        received: frame.args,
      },
    ];
  },
};
