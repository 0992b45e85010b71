// Payloads for the agreement tests: valid ones (drawn from each event's schema, and the
// bench corpus), and ways to break them at one place with values chosen to sit at the
// contract's edges (timestamps, code point lengths, integer bounds).
import fc from "fast-check";
import { buildCorpus } from "../../bench/lib/corpus.ts";
import { anyJsonValue, arbitraryOf } from "../../src/conformance/fuzz/valid-values.ts";
import { payloadSchemaOf } from "../../src/conformance/fuzz/schema-source.ts";
import type { EventName } from "../../src/contract/index.ts";

export const corpus = buildCorpus({ perEvent: 200, seed: 20261128 });

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Timestamps in and out of the contract: fields past their range, other RFC 3339 forms. */
export const timestampLike: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      // Leap-year rules and month ends drawn often, not left to luck.
      year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1900, 2000, 2100, 2024)),
      month: fc.oneof(fc.integer({ min: 0, max: 13 }), fc.constant(2)),
      day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.constantFrom(28, 29, 30, 31)),
      hour: fc.integer({ min: 0, max: 24 }),
      minute: fc.integer({ min: 0, max: 60 }),
      second: fc.integer({ min: 0, max: 61 }),
      fraction: fc.constantFrom("", ".0", ".123", ".123456789", ".1234567890123"),
      zone: fc.constantFrom("Z", "Z", "Z", "z", "+00:00", "-01:30", ""),
      sep: fc.constantFrom("T", "T", "T", "t", " "),
    })
    .map(
      (t) =>
        `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}${t.sep}${pad(t.hour, 2)}:` +
        `${pad(t.minute, 2)}:${pad(t.second, 2)}${t.fraction}${t.zone}`,
    ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.string({ maxLength: 26 }),
);

/** Strings whose UTF-16 length and code point count differ, around the contract's limits. */
const lengthEdge: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(0, 1, 2, 63, 64, 65, 127, 128, 129, 254, 255, 256, 509, 510, 511),
    fc.constantFrom("a", "é", "😀", "\ud83d", "\ude00", "/"),
    fc.constantFrom("", "😀", "a", "\ud83d"),
  )
  .map(([n, unit, tail]) => unit.repeat(n) + tail);

/** Long text around MessageText's 4000 code points. */
const longText: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 3995, max: 4005 }), fc.constantFrom("a", "😀", "ab😀"))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

export const replacement: fc.Arbitrary<unknown> = fc.oneof(
  timestampLike,
  lengthEdge,
  longText,
  anyJsonValue,
  fc.constantFrom(-1, 0, 0.5, 2 ** 53, 2 ** 53 - 1, null, [], {}, true),
);

type Json = Record<string, unknown> | unknown[];

/** Every place in a payload (a JSON Pointer as a list of keys) including the root. */
function placesIn(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...placesIn(v, [...at, i])));
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...placesIn(v, [...at, k]));
  return out;
}

export type Mutation = "replace" | "delete" | "add";

/** A copy of `payload` with one change at one place: a new value, a key gone, a key added. */
export function mutate(payload: unknown, pick: number, how: Mutation, value: unknown): unknown {
  const copy = structuredClone(payload);
  const places = placesIn(copy);
  const place = places[pick % places.length]!;
  if (place.length === 0) return how === "replace" ? value : copy;
  let parent = copy as Json;
  for (const key of place.slice(0, -1)) parent = (parent as Record<string, unknown>)[key] as Json;
  const key = place.at(-1)!;
  if (how === "delete" && !Array.isArray(parent)) delete parent[key as string];
  else if (how === "add" && !Array.isArray(parent)) parent[`extra${pick % 3}`] = value;
  else (parent as Record<string | number, unknown>)[key] = value;
  return copy;
}

/**
 * Valid payloads of an event: drawn from its schema where the fuzzer's generator knows
 * every keyword (DATA_RECEIVED's if/then it does not), and the corpus's valid ones.
 */
export function validPayloads(event: EventName): fc.Arbitrary<unknown> {
  const known = corpus.filter((item) => item.event === event && item.valid).map((i) => i.payload);
  const fromCorpus = fc.constantFrom(...known);
  try {
    return fc.oneof(arbitraryOf(payloadSchemaOf(event)), fromCorpus);
  } catch {
    return fromCorpus;
  }
}

/** A valid payload of `event` with one change at one place: mostly invalid. */
export function mutatedPayloads(event: EventName): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      validPayloads(event),
      fc.nat(),
      fc.constantFrom<Mutation>("replace", "replace", "replace", "delete", "add"),
      replacement,
    )
    .map(([payload, pick, how, value]) => mutate(payload, pick, how, value));
}
