// Phase 5: TypeScript payload interfaces, compiled from ONE root schema whose definitions
// hold every payload, so shared pieces become one type each (compiling payloads one by one
// and concatenating gives `Identifier1`, `Identifier2`: stack-notes.md).
import { compile } from "json-schema-to-typescript";
import { TS_BANNER } from "./banner.ts";
import type { ContractModel, JsonSchema, OutputFile } from "./model.ts";

export const PAYLOADS_FILE = "generated/payloads.ts";
export const HANDSHAKE_AUTH_TYPE = "HandshakeAuth";

const SHAPE_KEYWORDS = [
  "type",
  "$ref",
  "oneOf",
  "anyOf",
  "allOf",
  "enum",
  "const",
  "properties",
  "items",
];

/**
 * A schema that constrains nothing (`newValue`: any JSON value) would otherwise become an
 * object with an index signature; say `unknown`, which is what it accepts. Only the copy
 * given to json-schema-to-typescript gets `tsType`; the schema files stay plain JSON Schema.
 */
function markUnconstrained(node: unknown, key = ""): unknown {
  if (Array.isArray(node)) return node.map((item) => markUnconstrained(item));
  if (typeof node !== "object" || node === null) return node;
  if (key === "const" || key === "enum" || key === "examples" || key === "default") return node;
  const schema = Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, markUnconstrained(v, k)]),
  ) as JsonSchema;
  const isSchemaMap = key === "properties" || key === "definitions";
  if (!isSchemaMap && key !== "" && !SHAPE_KEYWORDS.some((k) => k in schema)) {
    schema["tsType"] = "unknown";
  }
  return schema;
}

function rootSchema(model: ContractModel): JsonSchema {
  const definitions: Record<string, JsonSchema> = { ...model.definitions };
  for (const event of model.events) definitions[event.payloadType] = event.schema;
  definitions[HANDSHAKE_AUTH_TYPE] = { ...model.handshake.auth, title: HANDSHAKE_AUTH_TYPE };
  return {
    title: "EventPayloads",
    description: "The payload of every event of the contract, by wire event name.",
    type: "object",
    additionalProperties: false,
    required: model.events.map((e) => e.name),
    properties: Object.fromEntries(
      model.events.map((e) => [e.name, { $ref: `#/definitions/${e.payloadType}` }]),
    ),
    definitions,
  };
}

export async function emitTypes(model: ContractModel): Promise<OutputFile> {
  const content = await compile(markUnconstrained(rootSchema(model)) as never, "EventPayloads", {
    bannerComment: TS_BANNER,
    unreachableDefinitions: true,
    additionalProperties: true,
    strictIndexSignatures: false,
    style: { printWidth: 100 },
  });
  return { path: PAYLOADS_FILE, content };
}
