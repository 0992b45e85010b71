// The generated code's string length (scripts/codegen/runtime/code-point-count.js) against
// ajv's own ucs2length, which the reference validators use: any UTF-16 text, lone
// surrogates and dense or sparse pairs included, and the same string twice (the memo).
import fc from "fast-check";
import ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";
import { describe, expect, it } from "vitest";
import { codePointCount } from "../../scripts/codegen/runtime/code-point-count.js";

// A CommonJS module with `exports.default`: Node's loader hands over the exports object,
// vitest's the default itself.
const ucs2length = ((ucs2lengthModule as { default?: unknown }).default ?? ucs2lengthModule) as (
  s: string,
) => number;

/** Any UTF-16 code unit, surrogates weighted up so pairs and lone halves are common. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom("😀", "a", " ", "é"),
);

describe("codePointCount (generated validators' string length)", () => {
  it("counts as ajv's ucs2length on any UTF-16 text", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (s) => {
        expect(codePointCount(s)).toBe(ucs2length(s));
        // Asked again about the same string: the memo's answer.
        expect(codePointCount(s)).toBe(ucs2length(s));
      }),
      { numRuns: 3000, seed: 1603 },
    );
  });

  it("counts long text with pairs far apart, close together and at the ends", () => {
    const cases = [
      "a".repeat(5000),
      "😀".repeat(2500),
      `${"a".repeat(40)}😀`.repeat(100),
      `😀${"b".repeat(4000)}😀`,
      `${"a".repeat(17)}\ud83d${"a".repeat(17)}\ude00😀`,
      "\ud83d",
      "",
    ];
    for (const s of cases)
      expect(codePointCount(s), JSON.stringify(s.slice(0, 40))).toBe(ucs2length(s));
  });
});
