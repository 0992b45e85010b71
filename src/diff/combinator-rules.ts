// Keywords made of sub-schemas: oneOf/anyOf/allOf (branch-rules.ts), if/then/else, not, items.
import type { JsonSchema, SchemaChange } from "./model.ts";
import { sameJson } from "./canonical-json.ts";
import { branchesOf, compareBranches, type Union } from "./branch-rules.ts";
import { change, child, type At, type Schema, type SchemaComparison } from "./compare-schemas.ts";

export const COMBINATOR_KEYWORDS = new Set([
  "oneOf",
  "anyOf",
  "allOf",
  "if",
  "then",
  "else",
  "not",
  "items",
]);

function compareCombinatorKeyword(
  keyword: Union | "allOf",
  o: JsonSchema,
  n: JsonSchema,
  at: At,
  comparison: SchemaComparison,
): SchemaChange[] {
  const before = branchesOf(o, keyword);
  const after = branchesOf(n, keyword);
  if (before === undefined && after === undefined) return [];
  const where = child(at, keyword);
  if (before === undefined) return [change(where, "narrows", `${keyword} added`, undefined, after)];
  if (after === undefined)
    return [change(where, "widens", `${keyword} removed`, before, undefined)];
  return compareBranches(keyword, before, after, at, comparison);
}

function compareConditional(
  o: JsonSchema,
  n: JsonSchema,
  at: At,
  comparison: SchemaComparison,
): SchemaChange[] {
  const hasOld = "if" in o;
  const hasNew = "if" in n;
  if (!hasOld && !hasNew) return [];
  const where = child(at, "if");
  if (!hasOld)
    return [change(where, "narrows", "conditional (if/then/else) added", undefined, n["if"])];
  if (!hasNew)
    return [change(where, "widens", "conditional (if/then/else) removed", o["if"], undefined)];
  if (!comparison.equivalent(o["if"] as Schema, n["if"] as Schema)) {
    return [change(where, "undecided", "the if condition changed", o["if"], n["if"])];
  }
  // Same condition: each branch constrains the same payloads, so compare them one by one.
  return [
    ...comparison.compare(
      o["then"] as Schema | undefined,
      n["then"] as Schema | undefined,
      child(at, "then"),
    ),
    ...comparison.compare(
      o["else"] as Schema | undefined,
      n["else"] as Schema | undefined,
      child(at, "else"),
    ),
  ];
}

function compareNot(
  o: JsonSchema,
  n: JsonSchema,
  at: At,
  comparison: SchemaComparison,
): SchemaChange[] {
  if (!("not" in o) && !("not" in n)) return [];
  const where = child(at, "not");
  if (!("not" in o)) return [change(where, "narrows", "not added", undefined, n["not"])];
  if (!("not" in n)) return [change(where, "widens", "not removed", o["not"], undefined)];
  if (comparison.equivalent(o["not"] as Schema, n["not"] as Schema)) return [];
  return [change(where, "undecided", "not changed", o["not"], n["not"])];
}

function compareItems(
  o: JsonSchema,
  n: JsonSchema,
  at: At,
  comparison: SchemaComparison,
): SchemaChange[] {
  const before = o["items"];
  const after = n["items"];
  if (before === undefined && after === undefined) return [];
  if (Array.isArray(before) || Array.isArray(after)) {
    if (sameJson(before, after)) return [];
    return [change(child(at, "items"), "undecided", "tuple items changed", before, after)];
  }
  return comparison.compare(
    before as Schema | undefined,
    after as Schema | undefined,
    child(at, "items"),
  );
}

export function compareCombinators(
  o: JsonSchema,
  n: JsonSchema,
  at: At,
  comparison: SchemaComparison,
): SchemaChange[] {
  return [
    ...compareCombinatorKeyword("oneOf", o, n, at, comparison),
    ...compareCombinatorKeyword("anyOf", o, n, at, comparison),
    ...compareCombinatorKeyword("allOf", o, n, at, comparison),
    ...compareConditional(o, n, at, comparison),
    ...compareNot(o, n, at, comparison),
    ...compareItems(o, n, at, comparison),
  ];
}
