// Valid values from a schema node, as fast-check arbitraries: every keyword the node uses
// is honoured, so whatever is drawn passes the schema (the generator tests check this with
// an independent validator).
import fc from "fast-check";
import type { SchemaNode } from "./schema-source.ts";
import {
  assertSupported,
  childPath,
  stringMeets,
  typesOf,
  type JsonType,
} from "./schema-keywords.ts";
import { formatSupport } from "./formats.ts";
import { isPortableJson, toPortableNumbers } from "./portable.ts";
import { codePointLength, matchesPattern } from "./strings.ts";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Any JSON value, JSON-stable (what is drawn is exactly what travels) and portable. */
export const anyJsonValue: fc.Arbitrary<unknown> = fc
  .jsonValue({ maxDepth: 3 })
  .map((value) => toPortableNumbers(JSON.parse(JSON.stringify(value))))
  .filter((value) => !hasProtoKey(value) && isPortableJson(value));

// A "__proto__" key is legal JSON but changes meaning across JSON.parse/spread: left out
// so that the forwarded value can be compared with the sent one.
function hasProtoKey(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (!Array.isArray(value) && Object.hasOwn(value, "__proto__")) return true;
  return Object.values(value).some(hasProtoKey);
}

/**
 * Any code point but a lone surrogate, one per unit. fast-check's own "binary" unit builds a
 * reverse map of all of Unicode on first use (about 2 s here); drawn integers cost nothing.
 */
export const CODE_POINT: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((cp) => cp < 0xd800 || cp > 0xdfff)
  .map((cp) => String.fromCodePoint(cp));

const cache = new WeakMap<SchemaNode, fc.Arbitrary<unknown>>();

/** An arbitrary of values valid for `node`; `where` (a JSON Pointer) names it in errors. */
export function arbitraryOf(node: SchemaNode, where = ""): fc.Arbitrary<unknown> {
  const hit = cache.get(node);
  if (hit !== undefined) return hit;
  // Strings drawn from a pattern's character classes may hold lone surrogates: left out.
  const arbitrary = build(node, where).filter(isPortableJson);
  cache.set(node, arbitrary);
  return arbitrary;
}

function build(node: SchemaNode, where: string): fc.Arbitrary<unknown> {
  assertSupported(node, where);
  if ("const" in node) return fc.constant(node["const"]);
  if (Array.isArray(node["enum"])) return fc.constantFrom(...(node["enum"] as unknown[]));
  const oneOf = node["oneOf"] as SchemaNode[] | undefined;
  // Branches of different types here, so a value of one branch fails the others.
  if (oneOf !== undefined)
    return fc.oneof(...oneOf.map((branch, i) => arbitraryOf(branch, `${where}/oneOf/${i}`)));
  const types = typesOf(node);
  if (types === undefined) return anyJsonValue;
  return fc.oneof(...types.map((type) => ofType(type, node, where)));
}

function ofType(type: JsonType, node: SchemaNode, where: string): fc.Arbitrary<unknown> {
  switch (type) {
    case "string":
      return stringArbitrary(node, where);
    case "integer":
      return integerArbitrary(node);
    case "number":
      return fc
        .double({ ...numberBounds(node), noNaN: true, noDefaultInfinity: true })
        .filter((n) => !Object.is(n, -0));
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "object":
      return objectArbitrary(node, where);
    case "array":
      throw new Error(
        `fuzz: arrays (at ${where}) are not generated yet; add them in valid-values.ts`,
      );
  }
}

function numberBounds(node: SchemaNode): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  if (typeof node["minimum"] === "number") bounds.min = node["minimum"];
  if (typeof node["maximum"] === "number") bounds.max = node["maximum"];
  return bounds;
}

function integerArbitrary(node: SchemaNode): fc.Arbitrary<number> {
  let lo = Math.max(-MAX_SAFE, Math.ceil((node["minimum"] as number | undefined) ?? -MAX_SAFE));
  let hi = Math.min(MAX_SAFE, Math.floor((node["maximum"] as number | undefined) ?? MAX_SAFE));
  if (typeof node["exclusiveMinimum"] === "number")
    lo = Math.max(lo, Math.floor(node["exclusiveMinimum"]) + 1);
  if (typeof node["exclusiveMaximum"] === "number")
    hi = Math.min(hi, Math.ceil(node["exclusiveMaximum"]) - 1);
  return fc.oneof(
    fc.bigInt({ min: BigInt(lo), max: BigInt(hi) }).map(Number),
    fc
      .integer({ min: Math.max(lo, -1000), max: Math.min(hi, 1000) })
      .filter((n) => n >= lo && n <= hi),
    fc.constantFrom(lo, hi),
  );
}

function stringArbitrary(node: SchemaNode, where: string): fc.Arbitrary<string> {
  const format = node["format"] as string | undefined;
  if (format !== undefined) {
    return formatSupport(format, where).arbitrary.filter((s) => stringMeets(node, s));
  }
  const min = (node["minLength"] as number | undefined) ?? 0;
  const max = node["maxLength"] as number | undefined;
  const bounds = max === undefined ? { minLength: min } : { minLength: min, maxLength: max };
  const fits = (s: string) => codePointLength(s) <= (max ?? Infinity);
  const pool: fc.Arbitrary<string>[] = [
    fc.string({ ...bounds, unit: "grapheme-ascii" }),
    fc.string({ ...bounds, unit: CODE_POINT }),
    fc.string({ ...bounds, unit: "grapheme" }).filter(fits),
  ];
  if (max !== undefined) pool.push(fc.string({ ...bounds, unit: "grapheme-ascii", size: "max" }));
  const general = fc.oneof(...pool);
  const pattern = node["pattern"] as string | undefined;
  if (pattern === undefined) return general;
  const matching = fc.stringMatching(new RegExp(pattern, "u")).filter((s) => stringMeets(node, s));
  // Filtering random strings through a strict pattern could spin; only do it for patterns
  // most strings pass (such as "no slash"), judged on a fixed sample.
  const passRate =
    fc.sample(general, { seed: 1, numRuns: 40 }).filter((s) => matchesPattern(s, pattern)).length /
    40;
  return passRate >= 0.25
    ? fc.oneof(
        general.filter((s) => matchesPattern(s, pattern)),
        matching,
      )
    : matching;
}

/** Object keys for open objects: never a declared property, never "__proto__". */
function extraKeyArbitrary(declared: readonly string[]): fc.Arbitrary<string> {
  return fc
    .string({
      minLength: 1,
      maxLength: 12,
      unit: fc.oneof(
        fc.constant("é"),
        fc.constant("😀"),
        fc.string({ minLength: 1, maxLength: 1 }),
      ),
    })
    .filter((key) => !declared.includes(key) && key !== "__proto__");
}

function objectArbitrary(node: SchemaNode, where: string): fc.Arbitrary<Record<string, unknown>> {
  const properties = (node["properties"] ?? {}) as Record<string, SchemaNode>;
  const required = ((node["required"] ?? []) as string[]).filter((key) => key !== "__proto__");
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, schema] of Object.entries(properties))
    shape[key] = arbitraryOf(schema, childPath(where, key));
  for (const key of required) shape[key] ??= anyJsonValue;
  const record = fc.record(shape, { requiredKeys: required }) as fc.Arbitrary<
    Record<string, unknown>
  >;
  if (node["additionalProperties"] === false) return record;
  const extraValues =
    typeof node["additionalProperties"] === "object"
      ? arbitraryOf(node["additionalProperties"] as SchemaNode, `${where}/additionalProperties`)
      : anyJsonValue;
  const extras = fc.dictionary(extraKeyArbitrary(Object.keys(shape)), extraValues, { maxKeys: 3 });
  return fc.oneof(
    record,
    fc.tuple(record, extras).map(([base, more]) => ({ ...more, ...base })),
  );
}
