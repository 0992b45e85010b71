// A NodeTransform turns a valid value of one schema node into another value: an invalid
// one (one keyword broken) or a boundary one (one edge exercised). Transforms of a child
// are lifted to its parent, so every transform ends up applying to the whole payload.
import type { SchemaNode } from "./schema-source.ts";
import { arbitraryOf } from "./valid-values.ts";
import type { Draw } from "./seeds.ts";

export type { Draw };

export interface NodeTransform {
  /** The keyword chain, outermost first: ["maxLength"], ["oneOf[1]", "required"]. */
  keywords: string[];
  /** JSON Pointer of the value the transform changes (for `required`, the missing field). */
  instancePath: string;
  /** "value" transforms set a leaf's value; "shape" ones pick a branch or an object's keys. */
  touches: "value" | "shape";
  apply(value: unknown, draw: Draw): unknown;
}

/** `maxLength:/message`, `oneOf[1].required:/newChannelId/id`: a rule's name in case ids. */
export function ruleName(transform: Pick<NodeTransform, "keywords" | "instancePath">): string {
  return `${transform.keywords.join(".")}:${transform.instancePath}`;
}

/** A valid value of `node`, drawn from the case's stream. */
export function sampleValid(node: SchemaNode, draw: Draw): unknown {
  return draw.value(arbitraryOf(node));
}

/** Lifts a transform of property `key` to its parent object. */
export function liftToProperty(key: string, child: NodeTransform): NodeTransform {
  return {
    ...child,
    apply: (value, draw) => {
      const object = value as Record<string, unknown>;
      return { ...object, [key]: child.apply(object[key], draw) };
    },
  };
}

/** Lifts a transform of branch `index` of a oneOf: it starts from a valid value of that branch. */
export function liftToBranch(
  index: number,
  branch: SchemaNode,
  child: NodeTransform,
): NodeTransform {
  return {
    ...child,
    keywords: [`oneOf[${index}]`, ...child.keywords],
    apply: (_value, draw) => child.apply(sampleValid(branch, draw), draw),
  };
}

export function omitKey(value: unknown, key: string): Record<string, unknown> {
  const copy = { ...(value as Record<string, unknown>) };
  delete copy[key];
  return copy;
}
