// The schemas the fuzzer derives its cases from: schemas/catalog.json names the events a
// client may send, schemas/<EVENT>.json holds each payload schema. Read as data (never
// through the generated validators), with local $refs inlined, so a contract change
// changes the cases with no edit here.
import { readSchemaFile } from "../../contract/schema-files.ts";

/** A JSON Schema node with its `$ref`s inlined. */
export type SchemaNode = { readonly [keyword: string]: unknown };

interface CatalogEvent {
  name: string;
  directions: string[];
  schema: string;
}

function readJson(file: string): unknown {
  return readSchemaFile(file);
}

/** Client-to-server events, in the catalogue's order. */
export function clientToServerEvents(): string[] {
  const catalog = readJson("catalog.json") as { events: CatalogEvent[] };
  return catalog.events.filter((e) => e.directions.includes("client-to-server")).map((e) => e.name);
}

/** Replaces every `{ $ref: "#/definitions/X" }` by a copy of X (draft-07: siblings of $ref are ignored). */
export function inlineRefs(node: unknown, root: SchemaNode, seen: readonly string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item) => inlineRefs(item, root, seen));
  if (typeof node !== "object" || node === null) return node;
  const ref = (node as SchemaNode)["$ref"];
  if (typeof ref === "string") {
    if (seen.includes(ref)) throw new Error(`fuzz: recursive $ref ${ref} is not supported`);
    return inlineRefs(resolvePointer(root, ref), root, [...seen, ref]);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // `definitions` only holds what the refs point at; `examples` and `const` are data.
    if (key === "definitions") continue;
    out[key] =
      key === "examples" || key === "const" || key === "enum"
        ? value
        : inlineRefs(value, root, seen);
  }
  return out;
}

function resolvePointer(root: SchemaNode, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`fuzz: only local $refs are supported, got ${ref}`);
  let node: unknown = root;
  for (const token of ref.slice(2).split("/")) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !(key in node)) {
      throw new Error(`fuzz: $ref ${ref} does not resolve`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const cache = new Map<string, SchemaNode>();

/** The payload schema of a client-to-server event, refs inlined. */
export function payloadSchemaOf(event: string): SchemaNode {
  const hit = cache.get(event);
  if (hit !== undefined) return hit;
  const catalog = readJson("catalog.json") as { events: CatalogEvent[] };
  const entry = catalog.events.find((e) => e.name === event);
  if (entry === undefined)
    throw new TypeError(`fuzz: "${event}" is not an event of schemas/catalog.json`);
  const root = readJson(entry.schema) as SchemaNode;
  const schema = inlineRefs(root, root) as SchemaNode;
  cache.set(event, schema);
  return schema;
}

/** Keywords that carry no constraint: nothing to break, nothing to satisfy. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  "$schema",
  "$id",
  "$comment",
  "title",
  "description",
  "examples",
  "default",
  "definitions",
  "readOnly",
  "writeOnly",
]);
