// Keywords that constrain one value on their own: type, bounds, enum/const, format,
// pattern, multipleOf, uniqueItems. One small rule each, as ajv keeps one file per keyword.
import type { JsonSchema, SchemaChange } from "./model.ts";
import { canonicalJson } from "./canonical-json.ts";
import { change, child, type At } from "./compare-schemas.ts";

type Rule = (o: JsonSchema, n: JsonSchema, at: At) => SchemaChange[];

const ALL_TYPES = ["array", "boolean", "integer", "null", "number", "object", "string"];

export function typesOf(schema: JsonSchema): string[] {
  const type = schema["type"];
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === "string");
  return ALL_TYPES;
}

/** Is every value of type `t` accepted by a schema of types `types`? (integer ⊂ number) */
function covers(types: string[], t: string): boolean {
  return types.includes(t) || (t === "integer" && types.includes("number"));
}

const typeRule: Rule = (o, n, at) => {
  if (o["type"] === undefined && n["type"] === undefined) return [];
  const oldTypes = typesOf(o);
  const newTypes = typesOf(n);
  const lost = oldTypes.filter((t) => !covers(newTypes, t));
  const gained = newTypes.filter((t) => !covers(oldTypes, t));
  const narrows = lost.length > 0;
  const widens = gained.length > 0;
  if (!narrows && !widens) return [];
  const effect = narrows && widens ? "both" : narrows ? "narrows" : "widens";
  const show = (s: JsonSchema) => s["type"] ?? "any type";
  return [
    change(
      child(at, "type"),
      effect,
      `type ${fmt(show(o))} -> ${fmt(show(n))}`,
      o["type"],
      n["type"],
    ),
  ];
};

function fmt(value: unknown): string {
  return value === undefined ? "(none)" : typeof value === "string" ? value : JSON.stringify(value);
}

function isBound(value: unknown): value is number | undefined {
  return value === undefined || typeof value === "number";
}

/** A lower bound (min*) narrows when it rises; an upper bound (max*) when it falls. */
function boundRule(keyword: string, kind: "lower" | "upper"): Rule {
  return (o, n, at) => {
    const before = o[keyword];
    const after = n[keyword];
    if (before === after) return [];
    if (!isBound(before) || !isBound(after)) {
      const what = `${keyword} ${fmt(before)} -> ${fmt(after)} (not a number)`;
      return [change(child(at, keyword), "undecided", what, before, after)];
    }
    const unbounded = kind === "lower" ? -Infinity : Infinity;
    const b = typeof before === "number" ? before : unbounded;
    const a = typeof after === "number" ? after : unbounded;
    if (a === b) return [];
    const tighter = kind === "lower" ? a > b : a < b;
    return [
      change(
        child(at, keyword),
        tighter ? "narrows" : "widens",
        `${keyword} ${fmt(before)} -> ${fmt(after)}`,
        before,
        after,
      ),
    ];
  };
}

/** The allowed values when the schema lists them (`enum`, `const`), else undefined: any. */
function allowedValues(schema: JsonSchema): unknown[] | undefined {
  const values = Array.isArray(schema["enum"]) ? (schema["enum"] as unknown[]) : undefined;
  if (!("const" in schema)) return values;
  const constant = canonicalJson(schema["const"]);
  if (values === undefined) return [schema["const"]];
  return values.filter((v) => canonicalJson(v) === constant);
}

const enumRule: Rule = (o, n, at) => {
  const before = allowedValues(o);
  const after = allowedValues(n);
  const keyword = "enum" in n || "enum" in o ? "enum" : "const";
  if (before === undefined && after === undefined) return [];
  const where = child(at, keyword);
  if (before === undefined) return [change(where, "narrows", `${keyword} added`, undefined, after)];
  if (after === undefined)
    return [change(where, "widens", `${keyword} removed`, before, undefined)];
  const oldKeys = new Set(before.map(canonicalJson));
  const newKeys = new Set(after.map(canonicalJson));
  const removed = before.filter((v) => !newKeys.has(canonicalJson(v)));
  const added = after.filter((v) => !oldKeys.has(canonicalJson(v)));
  if (removed.length === 0 && added.length === 0) return [];
  const parts = [
    removed.length > 0 ? `removed ${removed.map((v) => JSON.stringify(v)).join(", ")}` : "",
    added.length > 0 ? `added ${added.map((v) => JSON.stringify(v)).join(", ")}` : "",
  ].filter(Boolean);
  const effect =
    removed.length > 0 && added.length > 0 ? "both" : removed.length > 0 ? "narrows" : "widens";
  return [change(where, effect, `${keyword} values ${parts.join(" and ")}`, before, after)];
};

/**
 * `format` and `pattern`: added narrows, removed widens. Two different formats are read as
 * both (date-time and email share no value); two different patterns cannot be compared.
 */
function stringConstraintRule(keyword: "format" | "pattern"): Rule {
  return (o, n, at) => {
    const before = o[keyword];
    const after = n[keyword];
    if (before === after) return [];
    const where = child(at, keyword);
    if (before === undefined)
      return [change(where, "narrows", `${keyword} ${fmt(after)} added`, before, after)];
    if (after === undefined)
      return [change(where, "widens", `${keyword} ${fmt(before)} removed`, before, after)];
    return [
      change(
        where,
        keyword === "pattern" ? "undecided" : "both",
        `${keyword} ${fmt(before)} -> ${fmt(after)}`,
        before,
        after,
      ),
    ];
  };
}

const multipleOfRule: Rule = (o, n, at) => {
  const before = o["multipleOf"];
  const after = n["multipleOf"];
  if (before === after) return [];
  const where = child(at, "multipleOf");
  const what = `multipleOf ${fmt(before)} -> ${fmt(after)}`;
  if (typeof after !== "number") return [change(where, "widens", what, before, after)];
  if (typeof before !== "number") return [change(where, "narrows", what, before, after)];
  const divides = (a: number, b: number) => Number.isInteger(b / a);
  const effect = divides(after, before) ? "widens" : divides(before, after) ? "narrows" : "both";
  return [change(where, effect, what, before, after)];
};

const uniqueItemsRule: Rule = (o, n, at) => {
  const before = o["uniqueItems"] === true;
  const after = n["uniqueItems"] === true;
  if (before === after) return [];
  return [
    change(
      child(at, "uniqueItems"),
      after ? "narrows" : "widens",
      `uniqueItems ${before} -> ${after}`,
      o["uniqueItems"],
      n["uniqueItems"],
    ),
  ];
};

const BOUNDS: Array<[string, "lower" | "upper"]> = [
  ["minimum", "lower"],
  ["exclusiveMinimum", "lower"],
  ["maximum", "upper"],
  ["exclusiveMaximum", "upper"],
  ["minLength", "lower"],
  ["maxLength", "upper"],
  ["minItems", "lower"],
  ["maxItems", "upper"],
  ["minProperties", "lower"],
  ["maxProperties", "upper"],
];

export const SCALAR_RULES: Rule[] = [
  typeRule,
  ...BOUNDS.map(([keyword, kind]) => boundRule(keyword, kind)),
  enumRule,
  stringConstraintRule("format"),
  stringConstraintRule("pattern"),
  multipleOfRule,
  uniqueItemsRule,
];

export const SCALAR_KEYWORDS = new Set([
  "type",
  ...BOUNDS.map(([keyword]) => keyword),
  "enum",
  "const",
  "format",
  "pattern",
  "multipleOf",
  "uniqueItems",
]);
