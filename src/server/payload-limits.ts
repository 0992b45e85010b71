// The contract's limits on a payload beyond its schema: no binary attachment anywhere (payloads
// are JSON), and no field nested deeper than its message's `x-max-depth`. Checked before the
// schema, any handler or Socket.IO's encoder sees the payload: the encoder recurses, and a
// `newValue` nested 10,000 deep overflowed its stack on every forward (issue 14).
// Both walks are iterative, so no input can overflow this code's stack either.
import { EVENTS, type ClientToServerEventName } from "../contract/index.ts";
import { Rejection } from "./errors.ts";

/** JSON Pointer escaping of one key (RFC 6901). */
function pointerKey(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function isBinary(value: unknown): boolean {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

/** The JSON Pointer of the first binary value in `root` (relative to it), or undefined. */
export function findBinary(root: unknown): string | undefined {
  const stack: Array<{ value: unknown; path: string }> = [{ value: root, path: "" }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (isBinary(value)) return path;
    if (typeof value !== "object" || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === "object" && child !== null) {
        stack.push({ value: child, path: `${path}/${pointerKey(key)}` });
      }
    }
  }
  return undefined;
}

/**
 * True when `value` is nested deeper than `limit`: scalars have depth 0, an object or array
 * one more than its deepest member. Stops at the first level past the limit.
 */
export function deeperThan(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value !== "object" || item.value === null) continue;
    const depth = item.depth + 1;
    if (depth > limit) return true;
    for (const child of Object.values(item.value)) {
      if (typeof child === "object" && child !== null) stack.push({ value: child, depth });
    }
  }
  return false;
}

/** INVALID_PAYLOAD for a binary attachment in `args`, or a field deeper than its x-max-depth. */
export function checkPayloadLimits(
  event: ClientToServerEventName,
  args: readonly unknown[],
): Rejection | undefined {
  for (const [index, arg] of args.entries()) {
    const path = findBinary(arg);
    if (path === undefined) continue;
    const where = args.length === 1 ? path || "(the payload)" : `argument ${index + 1}${path}`;
    return new Rejection(
      "INVALID_PAYLOAD",
      `${event} ${where}: binary attachments are not allowed; payloads are JSON`,
    );
  }
  const payload = args.length === 1 ? args[0] : undefined;
  if (typeof payload !== "object" || payload === null) return undefined;
  const limits: Readonly<Record<string, number>> = EVENTS[event].maxDepth;
  for (const [pointer, limit] of Object.entries(limits)) {
    const field = (payload as Record<string, unknown>)[pointer.slice(1)];
    if (deeperThan(field, limit)) {
      return new Rejection(
        "INVALID_PAYLOAD",
        `${event} ${pointer}: nested deeper than ${limit} levels (x-max-depth in asyncapi.yaml)`,
      );
    }
  }
  return undefined;
}
