// String formats the contract uses, from the same ajv-formats definitions the contract's
// validators use ("full" mode): a checker, values that satisfy the format, edge values
// that still satisfy it, and edits that break it while keeping the string's shape.
import fc from "fast-check";
import { fullFormats } from "ajv-formats/dist/formats.js";

type FormatDefinition =
  | ((text: string) => boolean)
  | RegExp
  | { validate: ((text: string) => boolean) | RegExp };

function checkerOf(name: string): (text: string) => boolean {
  const definition = (fullFormats as Record<string, FormatDefinition | undefined>)[name];
  if (definition === undefined) throw new Error(`fuzz: unknown string format "${name}"`);
  const validate =
    typeof definition === "object" && "validate" in definition ? definition.validate : definition;
  return typeof validate === "function" ? validate : (text) => validate.test(text);
}

/** Whether `text` satisfies the named format (ajv-formats, full mode). */
export function satisfiesFormat(name: string, text: string): boolean {
  return checkerOf(name)(text);
}

interface FormatSupport {
  /** Values that satisfy the format. */
  arbitrary: fc.Arbitrary<string>;
  /** Edge values that satisfy it, by label. */
  boundaries: Record<string, string>;
  /** Edits of a valid value meant to break the format and nothing else. */
  breakers: (valid: string) => string[];
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

const dateTime: FormatSupport = {
  arbitrary: fc
    .tuple(
      fc.date({
        min: new Date("0001-01-01T00:00:00.000Z"),
        max: new Date("9999-12-31T23:59:59.999Z"),
        noInvalidDate: true,
      }),
      fc.integer({ min: 0, max: 9 }),
      fc.integer({ min: 0, max: 999_999_999 }),
      fc.constantFrom("Z", "Z", "Z", "+01:00", "-05:30", "z"),
    )
    .map(([date, digits, fraction, zone]) => {
      const base = date.toISOString().slice(0, 19);
      const frac = digits === 0 ? "" : `.${pad(fraction, 9).slice(0, digits)}`;
      return `${base}${frac}${zone}`;
    }),
  boundaries: {
    "leap-day": "2024-02-29T12:00:00.000Z",
    nanoseconds: "2026-11-28T02:11:03.123456789Z",
    "last-second-of-a-day": "2016-12-31T23:59:59.999Z",
    "whole-seconds": "2026-11-28T02:11:03Z",
    "first-year": "0001-01-01T00:00:00.000Z",
    "last-year": "9999-12-31T23:59:59.999Z",
  },
  breakers: (valid) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})([Tt ])(\d{2}):(\d{2}):(\d{2})(.*)$/.exec(valid);
    if (m === null) return [];
    const [, y, mo, d, t, h, mi, s, rest] = m as unknown as string[];
    const at = (parts: Partial<Record<"y" | "mo" | "d" | "h" | "mi" | "s", string>>) =>
      `${parts.y ?? y}-${parts.mo ?? mo}-${parts.d ?? d}${t}${parts.h ?? h}:${parts.mi ?? mi}:${parts.s ?? s}${rest}`;
    return [
      at({ mo: "13" }),
      at({ d: "32" }),
      at({ mo: "02", d: "30" }),
      at({ h: "24" }),
      at({ mi: "60" }),
      at({ s: "61" }),
      at({ mo: "00" }),
      at({ d: "00" }),
      at({ y: "2026", mo: "02", d: "29" }),
      at({ mo: "04", d: "31" }),
    ];
  },
};

const SUPPORTED: Record<string, FormatSupport> = { "date-time": dateTime };

/** What the fuzzer knows about a format; throws for one it cannot generate yet. */
export function formatSupport(name: string, where: string): FormatSupport {
  const support = SUPPORTED[name];
  if (support === undefined) {
    throw new Error(
      `fuzz: no generator for format "${name}" (at ${where}); add one in src/conformance/fuzz/formats.ts`,
    );
  }
  return support;
}
