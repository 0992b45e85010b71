// oneOf/anyOf/allOf branches. Branches are matched by equivalence first, so a reordered
// oneOf is no change; what is left is judged only where the answer is sure (a branch added
// or removed whose types overlap no other branch, a branch edited in place). Anything else
// is `undecided`.
import type { JsonSchema, SchemaChange } from "./model.ts";
import {
  change,
  child,
  isAnnotation,
  type At,
  type Schema,
  type SchemaComparison,
} from "./compare-schemas.ts";
import { typesOf } from "./scalar-rules.ts";

export type Union = "oneOf" | "anyOf";
const UNIONS: Union[] = ["oneOf", "anyOf"];

export function branchesOf(schema: JsonSchema, keyword: string): Schema[] | undefined {
  const value = schema[keyword];
  return Array.isArray(value) ? (value as Schema[]) : undefined;
}

/** Each type belongs to at most one branch, so widening one branch cannot make two match. */
function typeDisjoint(branches: Schema[], resolve: (s: Schema) => Schema): boolean {
  const seen = new Set<string>();
  for (const branch of branches) {
    const schema = resolve(branch);
    if (typeof schema === "boolean" || schema["type"] === undefined) return false;
    const types = typesOf(schema).flatMap((t) => (t === "number" ? ["number", "integer"] : [t]));
    if (types.some((t) => seen.has(t))) return false;
    types.forEach((t) => seen.add(t));
  }
  return true;
}

function matchBranches(before: Schema[], after: Schema[], comparison: SchemaComparison) {
  const usedNew = new Set<number>();
  const leftOld: number[] = [];
  before.forEach((branch, i) => {
    const j = after.findIndex(
      (candidate, k) => !usedNew.has(k) && comparison.equivalent(branch, candidate),
    );
    if (j >= 0) usedNew.add(j);
    else leftOld.push(i);
  });
  const leftNew = after.map((_, k) => k).filter((k) => !usedNew.has(k));
  return { leftOld, leftNew };
}

/** Compares two lists of branches of the same keyword (oneOf, anyOf or allOf). */
export function compareBranches(
  keyword: Union | "allOf",
  before: Schema[],
  after: Schema[],
  at: At,
  comparison: SchemaComparison,
): SchemaChange[] {
  const { leftOld, leftNew } = matchBranches(before, after, comparison);
  if (leftOld.length === 0 && leftNew.length === 0) return [];
  const where = child(at, keyword);
  // allOf is a conjunction: more branches accept less. anyOf/oneOf the other way round.
  const more = keyword === "allOf" ? "narrows" : "widens";
  const fewer = keyword === "allOf" ? "widens" : "narrows";
  const sure =
    keyword !== "oneOf" ||
    (typeDisjoint(before, (s) => comparison.resolveOld(s)) &&
      typeDisjoint(after, (s) => comparison.resolveNew(s)));
  const undecided = (why: string) => [
    change(where, "undecided", `${keyword} ${why}`, before, after),
  ];
  if (leftOld.length === 0) {
    return sure
      ? [change(where, more, `${keyword}: ${leftNew.length} branch(es) added`, before, after)]
      : undecided("gained a branch that may overlap another");
  }
  if (leftNew.length === 0) {
    return sure
      ? [change(where, fewer, `${keyword}: ${leftOld.length} branch(es) removed`, before, after)]
      : undecided("lost a branch that may overlap another");
  }
  if (leftOld.length !== leftNew.length || !sure) return undecided("reshaped");
  // As many edited branches on each side, in the same order: compare them in place.
  return leftOld.flatMap((i, index) => {
    const j = leftNew[index]!;
    return comparison.compare(before[i], after[j], child(at, keyword, j));
  });
}

/**
 * `{ oneOf: [A, B] }` against `A` (or the other way round): read the plain schema as a
 * one-branch oneOf, so removing a branch is a narrowing, not a pile of keyword changes.
 */
export function asUnionPair(o: JsonSchema, n: JsonSchema): [Union, Schema[], Schema[]] | undefined {
  for (const keyword of UNIONS) {
    const onlyOld = keyword in o && !(keyword in n) && assertsOnly(o, keyword) && plain(n);
    const onlyNew = keyword in n && !(keyword in o) && assertsOnly(n, keyword) && plain(o);
    if (onlyOld) return [keyword, branchesOf(o, keyword) ?? [], [n]];
    if (onlyNew) return [keyword, [o], branchesOf(n, keyword) ?? []];
  }
  return undefined;
}

function assertsOnly(schema: JsonSchema, keyword: string): boolean {
  return Object.keys(schema).every((k) => k === keyword || isAnnotation(k));
}

function plain(schema: JsonSchema): boolean {
  return !("oneOf" in schema) && !("anyOf" in schema) && !("allOf" in schema);
}
