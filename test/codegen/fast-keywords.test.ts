// The two pieces of faster code the generator puts into generated/validators.js, each
// against the ajv / ajv-formats code it stands in for, on strings built to sit at the
// edges: the contract's own Timestamp shape with every field pushed out of range, the
// other RFC 3339 spellings full mode also judges, and strings of surrogate pairs and lone
// surrogates around length limits. Same answer on every string, or the test fails.
import { Ajv } from "ajv";
import { fullFormats } from "ajv-formats/dist/formats.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useFastLengthKeywords } from "../../scripts/codegen/length-keywords.ts";
import { contractDateTime } from "../../scripts/codegen/runtime/contract-date-time.js";

const full = (fullFormats["date-time"] as { validate: (s: string) => boolean }).validate;
const fast = contractDateTime(full);

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Timestamps in the contract's layout, each field drawn past its legal range too. */
const contractShaped = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1900, 2000, 2024, 2100)),
    month: fc.integer({ min: 0, max: 19 }),
    day: fc.integer({ min: 0, max: 39 }),
    hour: fc.integer({ min: 0, max: 29 }),
    minute: fc.integer({ min: 0, max: 69 }),
    second: fc.integer({ min: 0, max: 69 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{0,14}$/), { nil: undefined }),
  })
  .map(
    (t) =>
      `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}` +
      `${t.fraction === undefined ? "" : `.${t.fraction}`}Z`,
  );

/** The same, then one character changed, dropped or inserted; and other RFC 3339 forms. */
const nearMisses = fc.oneof(
  fc
    .tuple(
      contractShaped,
      fc.nat(),
      fc.constantFrom("", "t", " ", "z", "+", ":", ".", "5", "x", "٣", "\u0000"),
    )
    .map(([s, at, ch]) => {
      const i = at % (s.length + 1);
      return s.slice(0, i) + ch + s.slice(i + (ch === "" || at % 2 === 0 ? 1 : 0));
    }),
  fc
    .tuple(
      contractShaped,
      fc.constantFrom("+00:00", "-23:59", "+01:30", "+0100", "-00:00", "z", "+24:00"),
    )
    .map(([s, zone]) => s.slice(0, -1) + zone),
  fc.constantFrom(
    "2016-12-31T23:59:60Z",
    "2016-12-31T23:59:60.5Z",
    "2016-12-31t23:59:59z",
    "2016-12-31 23:59:59Z",
    "2024-02-29T00:00:00Z",
    "2023-02-29T00:00:00Z",
    "1900-02-29T00:00:00Z",
    "2000-02-29T00:00:00Z",
    "2026-11-28T02:11:03.Z",
    "2026-11-28T02:11:03.000Z\n",
    "",
  ),
  fc.string({ maxLength: 30 }),
);

describe("contract date-time (scripts/codegen/runtime/contract-date-time.js)", () => {
  it("answers as ajv-formats' full date-time on the contract's shape, fields in and out of range", () => {
    fc.assert(
      fc.property(contractShaped, (s) => {
        expect(fast(s), s).toBe(full(s));
      }),
      { numRuns: 20_000, seed: 16 },
    );
  });

  it("answers as full mode on near misses and other RFC 3339 spellings", () => {
    fc.assert(
      fc.property(nearMisses, (s) => {
        expect(fast(s), JSON.stringify(s)).toBe(full(s));
      }),
      { numRuns: 20_000, seed: 17 },
    );
  });

  it("accepts and rejects the calendar's edge cases by arithmetic", () => {
    expect(fast("2024-02-29T23:59:59.123456789012Z")).toBe(true);
    expect(fast("2100-02-29T00:00:00Z")).toBe(false);
    expect(fast("2000-02-29T00:00:00Z")).toBe(true);
    expect(fast("2026-04-31T00:00:00Z")).toBe(false);
    expect(fast("2026-12-31T24:00:00Z")).toBe(false);
    expect(fast("2026-12-31T23:60:00Z")).toBe(false);
  });
});

/** Strings of units that make UTF-16 length and code point count differ. */
function unitString(min: number, max: number): fc.Arbitrary<string> {
  const unit = fc.constantFrom("a", "é", "你", "😀", "\ud83d", "\ude00", "\ud83d\ud83d");
  return fc.array(unit, { minLength: min, maxLength: max }).map((units) => units.join(""));
}

describe("length keywords (scripts/codegen/length-keywords.ts)", () => {
  const schemas = [
    { type: "string", minLength: 0, maxLength: 0 },
    { type: "string", minLength: 1, maxLength: 4 },
    { type: "string", minLength: 3, maxLength: 6 },
    { type: "string", minLength: 5 },
    { type: "string", maxLength: 64 },
  ];
  const reference = new Ajv({ allErrors: true });
  const fastAjv = new Ajv({ allErrors: true });
  useFastLengthKeywords(fastAjv);

  for (const schema of schemas) {
    it(`gives ajv's verdict and errors for ${JSON.stringify(schema)}`, () => {
      const expected = reference.compile(schema);
      const actual = fastAjv.compile(schema);
      const limit = (schema.maxLength ?? schema.minLength) * 2 + 4;
      fc.assert(
        fc.property(unitString(0, limit), (s) => {
          const ok = actual(s);
          expect(ok, JSON.stringify(s)).toBe(expected(s));
          expect(actual.errors ?? null).toEqual(expected.errors ?? null);
        }),
        { numRuns: 3000, seed: 18 },
      );
    });
  }

  it("still counts code points: 64 emoji pass maxLength 64, 65 do not", () => {
    const validate = fastAjv.compile({ type: "string", maxLength: 64, minLength: 3 });
    expect(validate("😀".repeat(64))).toBe(true);
    expect(validate("😀".repeat(65))).toBe(false);
    expect(validate("😀😀")).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe("minLength");
  });
});
