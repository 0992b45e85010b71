// Compares two normalised JSON Schemas keyword by keyword and says, for each difference,
// whether the new schema accepts fewer payloads (narrows), more (widens), both, or whether
// it cannot tell (undecided). Each keyword is read as one constraint of a conjunction:
// a constraint added or tightened narrows, one removed or loosened widens. Keywords it
// does not reason about are never skipped: any difference in them is `undecided`.
import type { JsonSchema, SchemaChange } from "./model.ts";
import { resolveRef } from "./resolve-ref.ts";
import { SCALAR_KEYWORDS, SCALAR_RULES } from "./scalar-rules.ts";
import { compareObjectKeywords, OBJECT_KEYWORDS } from "./object-rules.ts";
import { asUnionPair, compareBranches } from "./branch-rules.ts";
import { COMBINATOR_KEYWORDS, compareCombinators } from "./combinator-rules.ts";
import { sameJson } from "./canonical-json.ts";

/** Keywords that never change which payloads validate. */
const ANNOTATIONS = new Set([
  "title",
  "description",
  "examples",
  "example",
  "default",
  "$comment",
  "$id",
  "$schema",
  "readOnly",
  "writeOnly",
  "deprecated",
  "definitions",
]);

/** Annotations and `x-` extensions: keys a validator does not check. */
export function isAnnotation(key: string): boolean {
  return ANNOTATIONS.has(key) || key.startsWith("x-");
}

export type Schema = JsonSchema | boolean;

/** Where a comparison stands: the schema path and the component it is inside, if any. */
export interface At {
  path: string;
  component?: string;
}

export function child(at: At, ...segments: Array<string | number>): At {
  const escaped = segments.map((s) => String(s).replace(/~/g, "~0").replace(/\//g, "~1"));
  return { path: `${at.path}/${escaped.join("/")}`, component: at.component };
}

export function change(
  at: At,
  effect: SchemaChange["effect"],
  what: string,
  old: unknown,
  next: unknown,
): SchemaChange {
  return {
    effect,
    path: at.path,
    ...(at.component ? { component: at.component } : {}),
    what,
    old,
    new: next,
  };
}

export class SchemaComparison {
  /** Pairs of components being compared further up: a recursive schema stops here. */
  private readonly inProgress = new Set<string>();

  constructor(
    readonly oldDefinitions: Record<string, JsonSchema>,
    readonly newDefinitions: Record<string, JsonSchema>,
  ) {}

  compare(oldSchema: Schema | undefined, newSchema: Schema | undefined, at: At): SchemaChange[] {
    const o = resolveRef(oldSchema ?? true, this.oldDefinitions);
    const n = resolveRef(newSchema ?? true, this.newDefinitions);
    // Named only when both sides go through the same component: `{ oneOf: [...] }` turned
    // into `$ref: Identifier` is a change of the payload, not of Identifier.
    const component = o.component === n.component ? (o.component ?? at.component) : undefined;
    const here: At = component ? { path: at.path, component } : { path: at.path };
    const pair = o.component || n.component ? `${o.component}->${n.component}` : undefined;
    if (pair !== undefined) {
      if (this.inProgress.has(pair)) return []; // already being compared: assume equal
      this.inProgress.add(pair);
    }
    try {
      return this.compareResolved(o.schema, n.schema, here);
    } finally {
      if (pair !== undefined) this.inProgress.delete(pair);
    }
  }

  resolveOld(schema: Schema): Schema {
    return resolveRef(schema, this.oldDefinitions).schema;
  }

  resolveNew(schema: Schema): Schema {
    return resolveRef(schema, this.newDefinitions).schema;
  }

  /** True when the two schemas accept exactly the same payloads, as far as this can tell. */
  equivalent(oldSchema: Schema | undefined, newSchema: Schema | undefined): boolean {
    return this.compare(oldSchema, newSchema, { path: "" }).length === 0;
  }

  private compareResolved(o: Schema, n: Schema, at: At): SchemaChange[] {
    if (o === false || n === false) {
      if (o === n) return [];
      return [change(at, o === false ? "widens" : "narrows", "schema false", o, n)];
    }
    const oldSchema = o === true ? {} : o;
    const newSchema = n === true ? {} : n;
    const union = asUnionPair(oldSchema, newSchema);
    if (union !== undefined) return compareBranches(union[0], union[1], union[2], at, this);
    const changes: SchemaChange[] = [];
    for (const rule of SCALAR_RULES) changes.push(...rule(oldSchema, newSchema, at));
    changes.push(...compareObjectKeywords(oldSchema, newSchema, at, this));
    changes.push(...compareCombinators(oldSchema, newSchema, at, this));
    changes.push(...this.unknownKeywords(oldSchema, newSchema, at));
    return changes;
  }

  private unknownKeywords(o: JsonSchema, n: JsonSchema, at: At): SchemaChange[] {
    const keys = new Set([...Object.keys(o), ...Object.keys(n)]);
    const changes: SchemaChange[] = [];
    for (const key of [...keys].sort()) {
      if (isAnnotation(key) || key === "$ref") continue;
      if (SCALAR_KEYWORDS.has(key) || OBJECT_KEYWORDS.has(key) || COMBINATOR_KEYWORDS.has(key)) {
        continue;
      }
      if (!sameJson(o[key], n[key])) {
        changes.push(
          change(child(at, key), "undecided", `${key} changed (not analysed)`, o[key], n[key]),
        );
      }
    }
    return changes;
  }
}
