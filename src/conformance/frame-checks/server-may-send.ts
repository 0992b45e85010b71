import { isContractEvent, SERVER_TO_CLIENT_EVENTS } from "../../contract/index.ts";
import type { FrameCheck } from "./frame-check.ts";

const SERVER_EVENTS: ReadonlySet<string> = new Set(SERVER_TO_CLIENT_EVENTS);

export const serverMaySend: FrameCheck = {
  name: "server-may-send",
  description: "the contract lets the server send each event it sends",
  check(frame) {
    // An unknown name is event-in-contract's to report; one frame, one blame.
    if (frame.kind !== "event" || frame.event === undefined || !isContractEvent(frame.event))
      return undefined;
    if (SERVER_EVENTS.has(frame.event)) return [];
    const why =
      frame.event === "CONNECTION_ERROR"
        ? "which travels only as the data of a rejected handshake's connect_error"
        : "which the contract lets only clients send";
    return [
      {
        event: frame.event,
        message: `the server sent ${frame.event} as an event, ${why}`,
        expected: SERVER_TO_CLIENT_EVENTS,
        received: frame.event,
      },
    ];
  },
};
