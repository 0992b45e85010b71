import { EVENT_NAMES, isContractEvent } from "../../contract/index.ts";
import type { FrameCheck } from "./frame-check.ts";

export const eventInContract: FrameCheck = {
  name: "event-in-contract",
  description: "every event a client receives is an event of the contract",
  check(frame) {
    if (frame.kind !== "event" || frame.event === undefined) return undefined;
    if (isContractEvent(frame.event)) return [];
    return [
      {
        event: frame.event,
        message: `the server sent "${frame.event}", which is not an event of the contract`,
        expected: EVENT_NAMES,
        received: frame.event,
      },
    ];
  },
};
