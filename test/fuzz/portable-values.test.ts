// Valid cases must be values a conformant server in any language can hold and send back:
// a false failure on such a server is the suite's fault. Each rule below would fail if the
// generator drifted back to what the schema alone admits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScenarioIds } from "../../src/conformance/fuzz/case-model.ts";
import { formatSupport } from "../../src/conformance/fuzz/formats.ts";
import { generateFuzzCases } from "../../src/conformance/fuzz/generate-cases.ts";
import { anyJsonValue } from "../../src/conformance/fuzz/valid-values.ts";
import { errorPath, independentErrors } from "./independent-validator.ts";

const IDS: ScenarioIds = { senderId: "fuzz-sender-😀", groupId: "fuzz-group", tag: "t0" };
const valid = [11, 12, 13].flatMap((seed) =>
  generateFuzzCases({ seed, casesPerKind: 300, ids: IDS }).filter((c) => c.kind === "valid"),
);
const invalid = generateFuzzCases({ seed: 11, casesPerKind: 300, ids: IDS }).filter(
  (c) => c.kind === "invalid",
);

/** Every leaf of a JSON value with its path. */
function* leaves(value: unknown, path = ""): Generator<[string, unknown]> {
  if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      yield [`${path}/${key}(key)`, key];
      yield* leaves(child, `${path}/${key}`);
    }
  } else yield [path, value];
}

/** A lone surrogate, found by UTF-16 code units (independent of any regular expression). */
function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return true;
  }
  return false;
}

const TIMESTAMP = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:(\d{2})(\.\d+)?Z$/;

describe("fuzz generator: valid values every runtime holds", () => {
  it("draws enough valid cases to mean something", () => {
    expect(valid.length).toBeGreaterThan(3000);
  });

  it("never sends a leap second, and only years 0001 to 9999 (Date, datetime and time.Time refuse the rest)", () => {
    const timestamps = valid.map((c) => (c.args[0] as { timestamp: string }).timestamp);
    for (const t of timestamps) {
      const m = TIMESTAMP.exec(t);
      expect(m, t).not.toBeNull();
      expect(Number(m![2]), t).toBeLessThanOrEqual(59);
      expect(Number(m![1]), t).toBeGreaterThanOrEqual(1);
      expect(Number.isNaN(Date.parse(t)), t).toBe(false);
    }
    // The drawn form itself, not just what the pattern lets through.
    const drawn = fc.sample(formatSupport("date-time", "/timestamp").arbitrary, {
      seed: 5,
      numRuns: 5000,
    });
    expect(drawn.filter((t) => /:60(\.|Z|[+-]|z)/.test(t))).toEqual([]);
    expect(Object.values(formatSupport("date-time", "/timestamp").boundaries)).not.toContain(
      "2016-12-31T23:59:60Z",
    );
  });

  it("keeps every integer within ±(2^53-1) and every string and key well-formed UTF-16", () => {
    for (const c of valid) {
      for (const [path, leaf] of leaves(c.args[0])) {
        if (typeof leaf === "number" && Number.isInteger(leaf))
          expect(Number.isSafeInteger(leaf), `${c.id} ${path}`).toBe(true);
        if (typeof leaf === "string") expect(hasLoneSurrogate(leaf), `${c.id} ${path}`).toBe(false);
      }
    }
    // newValue's "any JSON value" in particular: fast-check's jsonValue draws huge integers.
    for (const value of fc.sample(anyJsonValue, { seed: 3, numRuns: 3000 }))
      for (const [path, leaf] of leaves(value))
        if (typeof leaf === "number" && Number.isInteger(leaf))
          expect(Number.isSafeInteger(leaf), path).toBe(true);
  });

  it("breaks only what the contract forbids: every invalid case fails the contract's own schema", () => {
    for (const c of invalid) {
      if (c.args.length !== 1) continue; // argument-count rules: no payload to judge
      const errors = independentErrors(c.event, c.args[0]);
      expect(errors.length, `${c.id} ${JSON.stringify(c.args[0]).slice(0, 200)}`).toBeGreaterThan(
        0,
      );
      expect(errors.map(errorPath).length).toBeGreaterThan(0);
    }
  });

  it("sends the timestamps protocol v1 allows but a stricter contract would refuse: 10+ fraction digits are valid, :60 invalid", () => {
    expect(
      independentErrors("MESSAGE_SENT", {
        userId: "a",
        message: "m",
        timestamp: "2026-01-01T00:00:00.1234567890123Z",
      }),
    ).toEqual([]);
    expect(
      independentErrors("MESSAGE_SENT", {
        userId: "a",
        message: "m",
        timestamp: "2016-12-31T23:59:60Z",
      }),
    ).not.toEqual([]);
    const leap = invalid.filter((c) => JSON.stringify(c.args).includes("T23:59:60"));
    expect(leap.length).toBeGreaterThan(0);
  });
});
