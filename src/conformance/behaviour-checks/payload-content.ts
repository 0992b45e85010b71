import { isDeepStrictEqual } from "node:util";
import { isContractEvent, validateEvent, valueAt } from "../../contract/index.ts";
import { payloadOf } from "../frame-match.ts";
import type { Frame } from "../recorder.ts";
import type { RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
import type { BehaviourCheck } from "./behaviour-check.ts";

export const payloadContent: BehaviourCheck = {
  name: "payload-content",
  description:
    "a delivered payload says what happened: author, text, ids as sent, the server's own timestamp",
};

/** One thing a payload must say, at a JSON Pointer. */
export interface ContentRule {
  path: string;
  /** What reports show as expected. */
  expected: unknown;
  /** Passes when true; default: deep-equal to `expected`. */
  test?: (value: unknown) => boolean;
  /** Why it matters, when the bare values do not say it. */
  why?: string;
}

export function equals(path: string, expected: unknown): ContentRule {
  return { path, expected };
}

export function includesAll(path: string, values: readonly unknown[]): ContentRule {
  return {
    path,
    expected: `an array containing ${JSON.stringify(values)}`,
    test: (value) =>
      Array.isArray(value) && values.every((v) => value.some((x) => isDeepStrictEqual(x, v))),
  };
}

export function excludesAll(path: string, values: readonly unknown[]): ContentRule {
  return {
    path,
    expected: `an array without ${JSON.stringify(values)}`,
    test: (value) =>
      Array.isArray(value) && !values.some((v) => value.some((x) => isDeepStrictEqual(x, v))),
  };
}

/** The server stamps what it emits with its own clock; the suite's timestamps are a day old. */
export function serverClock(sentTimestamp: string): ContentRule {
  return {
    path: "/timestamp",
    expected: "the server's own clock",
    test: (value) => value !== sentTimestamp,
    why: "it is the sender's timestamp; a server stamps every payload it emits with its own clock",
  };
}

/**
 * Checks `rules` on a frame that arrived. A payload that breaks its schema is skipped:
 * payload-matches-schema reports it, and one frame should carry one blame.
 */
export function checkContent(
  ctx: RunContext,
  client: TestClient,
  frame: Frame,
  rules: readonly ContentRule[],
): void {
  const payload = payloadOf(frame);
  const event = frame.event ?? "";
  if (payload === undefined || !isContractEvent(event) || validateEvent(event, payload).length > 0)
    return;
  for (const rule of rules) {
    ctx.assert(payloadContent.name);
    const value = valueAt(payload, rule.path);
    const ok = rule.test !== undefined ? rule.test(value) : isDeepStrictEqual(value, rule.expected);
    if (ok) continue;
    ctx.fail({
      check: payloadContent.name,
      event,
      direction: "server-to-client",
      client: client.label,
      message: `${event} at ${client.label}: ${rule.path} ${rule.why ?? `is ${JSON.stringify(value)}, expected ${JSON.stringify(rule.expected)}`}`,
      instancePath: rule.path,
      expected: rule.expected,
      received: value,
    });
  }
}
