// Finding frames by event name and identifying fields (the run's unique ids), so traffic
// of other users on a shared server never satisfies a wait.
import { isDeepStrictEqual } from "node:util";
import type { Frame } from "./recorder.ts";

/** The payload of an event frame when it is an object; undefined otherwise. */
export function payloadOf(frame: Frame): Record<string, unknown> | undefined {
  const payload = frame.args[0];
  return typeof payload === "object" && payload !== null && !Array.isArray(payload)
    ? (payload as Record<string, unknown>)
    : undefined;
}

/** An event frame named `event` whose payload has each field of `match`, deep-equal. */
export function isMatch(
  frame: Frame,
  event: string,
  match: Readonly<Record<string, unknown>> = {},
): boolean {
  if (frame.kind !== "event" || frame.event !== event) return false;
  const payload = payloadOf(frame);
  if (payload === undefined) return Object.keys(match).length === 0;
  return Object.entries(match).every(([key, value]) => isDeepStrictEqual(payload[key], value));
}

/** `USER_CONNECTED {userId: "bob-1a2b3c"}` */
export function describeMatch(
  event: string,
  match: Readonly<Record<string, unknown>> = {},
): string {
  const fields = Object.entries(match).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return fields.length === 0 ? event : `${event} {${fields.join(", ")}}`;
}
