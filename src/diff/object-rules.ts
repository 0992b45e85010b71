// Object keywords: required, properties, additionalProperties, patternProperties.
// A property one side lists and the other does not is compared with what the other side
// says about unlisted properties (additionalProperties; absent means any value).
import type { JsonSchema, SchemaChange } from "./model.ts";
import { sameJson } from "./canonical-json.ts";
import { change, child, type At, type SchemaComparison } from "./compare-schemas.ts";

export const OBJECT_KEYWORDS = new Set([
  "required",
  "properties",
  "additionalProperties",
  "patternProperties",
]);

function requiredOf(schema: JsonSchema): string[] {
  const required = schema["required"];
  return Array.isArray(required) ? required.filter((r): r is string => typeof r === "string") : [];
}

function propertiesOf(schema: JsonSchema): Record<string, JsonSchema | boolean> {
  const properties = schema["properties"];
  return typeof properties === "object" && properties !== null
    ? (properties as Record<string, JsonSchema | boolean>)
    : {};
}

/** What an object says about a property it does not list: a schema, or true for any. */
function unlisted(schema: JsonSchema): JsonSchema | boolean {
  const additional = schema["additionalProperties"];
  return additional === undefined ? true : (additional as JsonSchema | boolean);
}

function compareRequired(o: JsonSchema, n: JsonSchema, at: At): SchemaChange[] {
  const before = requiredOf(o);
  const after = requiredOf(n);
  const added = after.filter((name) => !before.includes(name));
  const dropped = before.filter((name) => !after.includes(name));
  const where = child(at, "required");
  return [
    ...added.map((name) =>
      change(where, "narrows", `property "${name}" is now required`, before, after),
    ),
    ...dropped.map((name) =>
      change(where, "widens", `property "${name}" is no longer required`, before, after),
    ),
  ];
}

function compareProperties(
  o: JsonSchema,
  n: JsonSchema,
  at: At,
  comparison: SchemaComparison,
): SchemaChange[] {
  const before = propertiesOf(o);
  const after = propertiesOf(n);
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: SchemaChange[] = [];
  for (const name of names) {
    const where = child(at, "properties", name);
    const inOld = name in before;
    const inNew = name in after;
    if (inOld && inNew) {
      changes.push(...comparison.compare(before[name], after[name], where));
    } else if (inNew) {
      if (unlisted(o) === false) {
        changes.push(
          change(
            where,
            "widens",
            `property "${name}" added to a closed object`,
            undefined,
            after[name],
          ),
        );
      } else {
        changes.push(...comparison.compare(unlisted(o), after[name], where));
      }
    } else if (unlisted(n) === false) {
      changes.push(
        change(
          where,
          "narrows",
          `property "${name}" removed from a closed object`,
          before[name],
          undefined,
        ),
      );
    } else {
      changes.push(...comparison.compare(before[name], unlisted(n), where));
    }
  }
  return changes;
}

function compareAdditional(
  o: JsonSchema,
  n: JsonSchema,
  at: At,
  comparison: SchemaComparison,
): SchemaChange[] {
  const before = o["additionalProperties"];
  const after = n["additionalProperties"];
  if (before === undefined && after === undefined) return [];
  const where = child(at, "additionalProperties");
  if (before === false && after !== false) {
    return [
      change(
        where,
        "widens",
        "the object is no longer closed (additionalProperties)",
        before,
        after,
      ),
    ];
  }
  if (after === false && before !== false) {
    return [
      change(
        where,
        "narrows",
        "the object is now closed (additionalProperties: false)",
        before,
        after,
      ),
    ];
  }
  return comparison.compare(unlisted(o), unlisted(n), where);
}

function comparePatternProperties(o: JsonSchema, n: JsonSchema, at: At): SchemaChange[] {
  if (sameJson(o["patternProperties"], n["patternProperties"])) return [];
  return [
    change(
      child(at, "patternProperties"),
      "undecided",
      "patternProperties changed (regular expressions cannot be compared)",
      o["patternProperties"],
      n["patternProperties"],
    ),
  ];
}

export function compareObjectKeywords(
  o: JsonSchema,
  n: JsonSchema,
  at: At,
  comparison: SchemaComparison,
): SchemaChange[] {
  return [
    ...compareRequired(o, n, at),
    ...compareProperties(o, n, at, comparison),
    ...compareAdditional(o, n, at, comparison),
    ...comparePatternProperties(o, n, at),
  ];
}
