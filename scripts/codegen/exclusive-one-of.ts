// For the verdict-only validators: a `oneOf` whose branches cannot both hold becomes an
// `anyOf`. With branches of disjoint types (USER_CHANGED_GROUP's newChannelId: an
// Identifier string or a ChannelRef object) at most one branch can pass, so "exactly one"
// and "at least one" give the same verdict; but ajv's oneOf code runs every branch and
// builds an error object for each that fails, on valid payloads too, while its anyOf stops
// at the first branch that passes. Only the verdict pass gets this schema: its errors are
// never shown (the error-listing pass, on the unchanged schema, reports `oneOf` as ajv does).
import type { JsonSchema } from "./model.ts";

type Schema = Record<string, unknown>;

const LOCAL_DEFINITION = /^#\/definitions\/([^/~]+)$/;

/** The JSON types a branch allows, or undefined when it does not say (or via a $ref we do not follow). */
function typesOf(branch: unknown, root: Schema): Set<string> | undefined {
  let schema = branch as Schema;
  for (let hops = 0; hops < 8 && typeof schema["$ref"] === "string"; hops++) {
    const name = LOCAL_DEFINITION.exec(schema["$ref"])?.[1];
    const target = (root["definitions"] as Record<string, Schema> | undefined)?.[name ?? ""];
    if (name === undefined || target === undefined) return undefined;
    schema = target;
  }
  const type = schema["type"];
  const types = typeof type === "string" ? [type] : Array.isArray(type) ? type : undefined;
  if (types === undefined || !types.every((t) => typeof t === "string")) return undefined;
  const set = new Set(types as string[]);
  // An integer is a number: the two overlap.
  if (set.has("integer")) set.add("number");
  if (set.has("number")) set.add("integer");
  return set;
}

function disjoint(branches: unknown[], root: Schema): boolean {
  const seen = new Set<string>();
  for (const branch of branches) {
    const types = typesOf(branch, root);
    if (types === undefined) return false;
    for (const t of types) if (seen.has(t)) return false;
    for (const t of types) seen.add(t);
  }
  return true;
}

// Where draft-07 holds subschemas; anything else (const, enum, examples, default, ...) is
// data and is copied untouched, even when it looks like a schema.
const SCHEMA_MAPS = ["properties", "patternProperties", "definitions", "dependencies"];
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "items"];
const SCHEMA_VALUES = [
  "items",
  "additionalItems",
  "additionalProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
];

function rewrite(node: unknown, root: Schema): unknown {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return node;
  const schema = node as Schema;
  const out: Schema = { ...schema };
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (typeof map === "object" && map !== null && !Array.isArray(map)) {
      out[key] = Object.fromEntries(
        Object.entries(map as Schema).map(([name, sub]) => [name, rewrite(sub, root)]),
      );
    }
  }
  for (const key of SCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) out[key] = list.map((sub) => rewrite(sub, root));
  }
  for (const key of SCHEMA_VALUES) {
    const sub = schema[key];
    if (typeof sub === "object" && sub !== null && !Array.isArray(sub))
      out[key] = rewrite(sub, root);
  }
  const oneOf = out["oneOf"];
  if (Array.isArray(oneOf) && !("anyOf" in out) && disjoint(oneOf, root)) {
    delete out["oneOf"];
    out["anyOf"] = oneOf;
  }
  return out;
}

/** A copy of `schema` with every oneOf of type-disjoint branches written as anyOf. */
export function exclusiveOneOfAsAnyOf(schema: JsonSchema): JsonSchema {
  return rewrite(schema, schema as Schema) as JsonSchema;
}
