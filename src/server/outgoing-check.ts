// Checks what the server emits, as it goes out: event name, exactly one argument, and
// the payload as it will look on the wire. The reference server runs it in tests so it
// can never emit a non-conformant payload without a test failing.
import {
  asSentOnWire,
  SERVER_TO_CLIENT_EVENTS,
  validateEvent,
  type Violation,
} from "../contract/index.ts";
import type { ChatIoServer, ChatSocket } from "./types.ts";

export type OutgoingViolationReporter = (violations: Violation[], event: string) => void;

const SERVER_EVENTS: ReadonlySet<string> = new Set(SERVER_TO_CLIENT_EVENTS);

function shapeViolation(
  event: string,
  keyword: string,
  message: string,
  expected: unknown,
  received: unknown,
): Violation {
  return { event, instancePath: "", keyword, message, expected, received, schemaPath: "" };
}

/** Every way one emit departs from the contract; empty when it conforms. */
export function checkOutgoing(event: string, args: readonly unknown[]): Violation[] {
  if (!SERVER_EVENTS.has(event)) {
    return [
      shapeViolation(
        event,
        "event",
        "is not an event the server may emit",
        SERVER_TO_CLIENT_EVENTS,
        event,
      ),
    ];
  }
  if (args.length !== 1) {
    return [
      shapeViolation(
        event,
        "arguments",
        "must carry exactly one argument, the payload",
        1,
        args.length,
      ),
    ];
  }
  return validateEvent(event, asSentOnWire(args[0]));
}

/** Validates every emit of every connection and reports violations; install before other handlers. */
export function watchOutgoing(io: ChatIoServer, report: OutgoingViolationReporter): void {
  io.on("connection", (socket: ChatSocket) => {
    socket.onAnyOutgoing((event: string, ...args: unknown[]) => {
      const violations = checkOutgoing(event, args);
      if (violations.length > 0) report(violations, event);
    });
  });
}
