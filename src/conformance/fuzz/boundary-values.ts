// Valid values at the edges of a schema node, keyword by keyword: exact maximum lengths
// (in ASCII and in emoji), minimum lengths, every enum value, both oneOf branches, the
// extreme numbers, format edge cases, unicode, and any-JSON shapes ({} included). Each is
// one NodeTransform so the valid side of a round walks them before drawing at random.
import type { SchemaNode } from "./schema-source.ts";
import { assertSupported, childPath, stringMeets, typesOf } from "./schema-keywords.ts";
import { formatSupport } from "./formats.ts";
import { liftToBranch, liftToProperty, type NodeTransform } from "./node-transform.ts";
import { toCodePointLength } from "./strings.ts";

type Edge = (node: SchemaNode, path: string) => NodeTransform[];

const fixed = (
  label: string,
  path: string,
  value: unknown,
  touches: NodeTransform["touches"] = "value",
): NodeTransform => ({
  keywords: [label],
  instancePath: path,
  touches,
  apply: () => value,
});

/** Mixed scripts, combining marks, an emoji sequence and a right-to-left run. */
const UNICODE_SAMPLE = "Zoë 😀 👍🏽 中文 עברית e\u0301 ∑";

const stringEdges: Edge = (node, path) => {
  if (
    !typesOf(node)?.includes("string") ||
    node["format"] !== undefined ||
    "enum" in node ||
    "const" in node
  )
    return [];
  const min = (node["minLength"] as number | undefined) ?? 0;
  const max = node["maxLength"] as number | undefined;
  const edges: NodeTransform[] = [];
  const add = (label: string, value: string) => {
    if (stringMeets(node, value)) edges.push(fixed(label, path, value));
  };
  if (max !== undefined) {
    add("maxLength", toCodePointLength("a", max));
    add("maxLength-emoji", toCodePointLength("😀", max));
    add("maxLength-unicode", toCodePointLength(UNICODE_SAMPLE, max));
  }
  if (min > 0) add("minLength", toCodePointLength("z", min));
  add(
    "unicode",
    max === undefined
      ? UNICODE_SAMPLE
      : toCodePointLength(UNICODE_SAMPLE, Math.min(max, UNICODE_SAMPLE.length)),
  );
  return edges;
};

const formatEdges: Edge = (node, path) => {
  const format = node["format"] as string | undefined;
  if (format === undefined) return [];
  return Object.entries(formatSupport(format, path).boundaries)
    .filter(([, value]) => stringMeets(node, value))
    .map(([label, value]) => fixed(`format-${label}`, path, value));
};

const enumEdges: Edge = (node, path) =>
  ((node["enum"] ?? []) as unknown[]).map((value) => fixed(`enum=${String(value)}`, path, value));

const numberEdges: Edge = (node, path) => {
  const types = typesOf(node);
  if (!types?.includes("integer") && !types?.includes("number")) return [];
  const edges: NodeTransform[] = [];
  if (typeof node["minimum"] === "number") edges.push(fixed("minimum", path, node["minimum"]));
  if (typeof node["maximum"] === "number") edges.push(fixed("maximum", path, node["maximum"]));
  return edges;
};

/** A node with no type takes any JSON value: the shapes a server most often mishandles. */
const anyValueEdges: Edge = (node, path) => {
  if (typesOf(node) !== undefined || "enum" in node || "const" in node || "oneOf" in node)
    return [];
  const shapes: Record<string, unknown> = {
    "empty-object": {},
    "empty-array": [],
    null: null,
    "empty-string": "",
    zero: 0,
    false: false,
    nested: { a: [1, { b: null }], "é😀": "x" },
    unicode: UNICODE_SAMPLE,
  };
  return Object.entries(shapes).map(([label, value]) => fixed(`value=${label}`, path, value));
};

const objectEdges: Edge = (node, path) => {
  if (!typesOf(node)?.includes("object")) return [];
  const properties = (node["properties"] ?? {}) as Record<string, SchemaNode>;
  const children = Object.entries(properties).flatMap(([key, child]) =>
    boundaryTransformsOf(child, childPath(path, key)).map((t) => liftToProperty(key, t)),
  );
  if (node["additionalProperties"] === false) return children;
  // An open object: only its declared keys, or extra keys beside them.
  const declared = Object.keys(properties);
  const only: NodeTransform = {
    keywords: ["properties-only"],
    instancePath: path,
    touches: "shape",
    apply: (value) =>
      Object.fromEntries(Object.entries(value as object).filter(([k]) => declared.includes(k))),
  };
  const extra: NodeTransform = {
    keywords: ["additionalProperties-allowed"],
    instancePath: path,
    touches: "shape",
    apply: (value) => ({ "name é😀": "General", nested: { n: 1 }, ...(value as object) }),
  };
  return [...children, only, extra];
};

const oneOfEdges: Edge = (node, path) => {
  const branches = (node["oneOf"] ?? []) as SchemaNode[];
  return branches.flatMap((branch, i) => {
    const pickBranch: NodeTransform = {
      keywords: [],
      instancePath: path,
      touches: "shape",
      apply: (value) => value,
    };
    return [pickBranch, ...boundaryTransformsOf(branch, path)].map((t) =>
      liftToBranch(i, branch, t),
    );
  });
};

const EDGES: Edge[] = [
  objectEdges,
  oneOfEdges,
  enumEdges,
  stringEdges,
  formatEdges,
  numberEdges,
  anyValueEdges,
];

/** Every boundary value of `node`, as transforms of a valid value. */
export function boundaryTransformsOf(node: SchemaNode, path: string): NodeTransform[] {
  assertSupported(node, path);
  return EDGES.flatMap((edge) => edge(node, path));
}
