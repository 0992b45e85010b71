// scripts/codegen/runtime/full-date-time.js against the function it stands in for,
// ajv-formats' full `date-time`: the same verdict on timestamps in and out of the contract,
// other RFC 3339 forms (offsets, lower case, fractions, leap seconds), every separator
// JavaScript's \s knows, and text that is no date at all.
import { fullFormats } from "ajv-formats/dist/formats.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullDateTime } from "../../scripts/codegen/runtime/full-date-time.js";
import { timestampLike } from "./payloads.ts";

const reference = (fullFormats["date-time"] as { validate: (s: string) => boolean }).validate;

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Date-times built part by part, each part sometimes off by a little. */
const dateTimeLike: fc.Arbitrary<string> = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1900, 2000, 2024, 2100)),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.constantFrom(28, 29, 30, 31)),
    sep: fc.constantFrom(
      "T",
      "t",
      " ",
      "\t",
      "\u00a0",
      "\u2003",
      "\u3000",
      "\ufeff",
      "x",
      "TT",
      "",
    ),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 61 }),
    fraction: fc.constantFrom("", ".", ".0", ".5", ".999", ".9999999999999999", ".1234567890123"),
    zone: fc.constantFrom(
      "Z",
      "z",
      "",
      "+00:00",
      "-00:00",
      "+01:30",
      "-01:30",
      "+0130",
      "+01",
      "-23:59",
      "+24:00",
      "+01:60",
      "+01:",
      "+013",
      "+01:300",
      "ZZ",
      "Z ",
    ),
    width: fc.constantFrom(0, 0, 0, 1, -1),
  })
  .map(
    (t) =>
      `${pad(t.year, 4 + t.width)}-${pad(t.month, 2)}-${pad(t.day, 2)}${t.sep}` +
      `${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}${t.fraction}${t.zone}`,
  );

describe("fullDateTime (generated validators' full date-time)", () => {
  it("gives ajv-formats' full date-time verdict on date-time-like text", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(dateTimeLike, timestampLike), (s) => {
        const expected = reference(s);
        expect(fullDateTime(s), JSON.stringify(s)).toBe(expected);
        if (expected) accepted++;
      }),
      { numRuns: 20_000, seed: 1604 },
    );
    // Both verdicts are visited often, not left to luck.
    expect(accepted).toBeGreaterThan(2000);
    expect(accepted).toBeLessThan(18_000);
  });

  it("gives the same verdict on strings that are no date-time, and on edge cases", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        expect(fullDateTime(s), JSON.stringify(s)).toBe(reference(s));
      }),
      { numRuns: 5000, seed: 1605 },
    );
    const edges = [
      "",
      "2016-12-31T23:59:60Z",
      "2016-12-31T23:59:60.5Z",
      "2016-12-31T22:59:60-01:00",
      "2017-01-01T00:59:60+01:00",
      "2016-12-31T23:58:60Z",
      "2016-12-31T23:59:61Z",
      "2016-12-31T23:59:59.99999999999999999Z",
      "2024-02-29T00:00:00Z",
      "2023-02-29T00:00:00Z",
      "2000-02-29T00:00:00Z",
      "1900-02-29T00:00:00Z",
      "2026-11-28T10:00:00",
      "2026-11-28 10:00:00Z",
      "2026-11-28\n10:00:00Z",
      "yesterday",
      "2026-11-28T10:00:00ZT",
      "2026-11-28T10:00:00+01:00",
      "２026-11-28T10:00:00Z",
    ];
    for (const s of edges) expect(fullDateTime(s), JSON.stringify(s)).toBe(reference(s));
  });
});
