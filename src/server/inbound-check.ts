// The contract's checks on one inbound event, as a pure function, in the order
// asyncapi.yaml fixes: event name, (rate limit: see contract-guard.ts), exactly one
// argument, schema. The rules of each event (who may do what) belong to the handlers.
import {
  CLIENT_TO_SERVER_EVENTS,
  formatViolation,
  isContractEvent,
  validateEvent,
  type ClientToServerEventName,
} from "../contract/index.ts";
import type { Violation } from "../contract/index.ts";
import { quote, Rejection } from "./errors.ts";

const CLIENT_EVENTS: ReadonlySet<string> = new Set(CLIENT_TO_SERVER_EVENTS);
/** How many schema violations an INVALID_PAYLOAD message lists; the rest are counted. */
const MAX_LISTED_VIOLATIONS = 3;

export function isClientToServerEvent(name: unknown): name is ClientToServerEventName {
  return typeof name === "string" && CLIENT_EVENTS.has(name);
}

/**
 * Socket.IO hands listeners a trailing function when the client asked for an ack.
 * Acks are not part of v1: ignore it, and do not count it as an argument.
 */
export function withoutAck(args: readonly unknown[]): readonly unknown[] {
  return typeof args[args.length - 1] === "function" ? args.slice(0, -1) : args;
}

/** UNKNOWN_EVENT unless `name` is an event the contract lets clients send. */
export function checkEventName(name: unknown): Rejection | undefined {
  if (isClientToServerEvent(name)) return undefined;
  const why =
    typeof name === "string" && isContractEvent(name)
      ? "is sent by the server only"
      : "is not an event of the contract";
  return new Rejection(
    "UNKNOWN_EVENT",
    `event ${quote(name)} ${why}; clients may send ${CLIENT_TO_SERVER_EVENTS.join(", ")}`,
  );
}

/** INVALID_PAYLOAD unless `args` (ack removed) is exactly one payload that matches the schema. */
export function checkPayload(
  event: ClientToServerEventName,
  args: readonly unknown[],
): Rejection | undefined {
  if (args.length !== 1) {
    return new Rejection(
      "INVALID_PAYLOAD",
      `${event}: expected exactly one argument (the payload object), got ${args.length}`,
    );
  }
  const violations = validateEvent(event, args[0]);
  if (violations.length === 0) return undefined;
  const listed = violations.slice(0, MAX_LISTED_VIOLATIONS).map(describeViolation);
  const more = violations.length - listed.length;
  return new Rejection(
    "INVALID_PAYLOAD",
    listed.join("; ") + (more > 0 ? ` (and ${more} more)` : ""),
  );
}

/** formatViolation, plus the allowed values where ajv's sentence leaves them out. */
function describeViolation(violation: Violation): string {
  const line = formatViolation(violation);
  if (violation.keyword === "enum" && Array.isArray(violation.expected)) {
    return `${line}: ${violation.expected.map((value) => JSON.stringify(value)).join(", ")}`;
  }
  if (violation.keyword === "const") return `${line}: ${JSON.stringify(violation.expected)}`;
  return line;
}
