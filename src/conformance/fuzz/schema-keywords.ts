// Reading a schema node: its JSON types, its string/number constraints, and a loud error
// for keywords the fuzzer cannot derive values for yet (a contract change that needs new
// generator code must fail the generator's tests, never be skipped silently).
import { ANNOTATION_KEYWORDS, type SchemaNode } from "./schema-source.ts";
import { codePointLength, matchesPattern } from "./strings.ts";
import { satisfiesFormat } from "./formats.ts";

export const JSON_TYPES = [
  "object",
  "array",
  "string",
  "number",
  "integer",
  "boolean",
  "null",
] as const;
export type JsonType = (typeof JSON_TYPES)[number];

/** Keywords whose meaning the generators implement, valid and invalid side alike. */
export const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "enum",
  "const",
  "oneOf",
]);

export function assertSupported(node: SchemaNode, where: string): void {
  for (const keyword of Object.keys(node)) {
    if (ANNOTATION_KEYWORDS.has(keyword) || SUPPORTED_KEYWORDS.has(keyword)) continue;
    throw new Error(
      `fuzz: the schema at ${where || "(payload)"} uses "${keyword}", which the fuzzer cannot generate yet; ` +
        `teach src/conformance/fuzz/ (valid-values.ts and invalid-values.ts) about it`,
    );
  }
}

/** The JSON types a node allows; undefined when it does not say (any JSON value). */
export function typesOf(node: SchemaNode): JsonType[] | undefined {
  const type = node["type"];
  if (type === undefined) return undefined;
  return (Array.isArray(type) ? type : [type]) as JsonType[];
}

/** The JSON type of a value, as JSON Schema's `type` names it ("integer" for whole numbers). */
export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value as JsonType;
}

export function allowsType(allowed: readonly JsonType[], value: unknown): boolean {
  const actual = jsonTypeOf(value);
  return allowed.includes(actual) || (actual === "integer" && allowed.includes("number"));
}

export interface StringChecks {
  length?: boolean;
  pattern?: boolean;
  format?: boolean;
}

/** Whether `text` meets the node's string keywords; `skip` leaves some out. */
export function stringMeets(node: SchemaNode, text: string, skip: StringChecks = {}): boolean {
  const length = codePointLength(text);
  const min = node["minLength"] as number | undefined;
  const max = node["maxLength"] as number | undefined;
  if (!skip.length && ((min !== undefined && length < min) || (max !== undefined && length > max)))
    return false;
  const pattern = node["pattern"] as string | undefined;
  if (!skip.pattern && pattern !== undefined && !matchesPattern(text, pattern)) return false;
  const format = node["format"] as string | undefined;
  if (!skip.format && format !== undefined && !satisfiesFormat(format, text)) return false;
  return true;
}

export function childPath(path: string, key: string): string {
  return `${path}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
