// Follows `$ref: "#/definitions/Name"` (the normalised form of a shared component) to the
// component's schema, so both sides of a comparison read the schema a validator would use.
import type { JsonSchema } from "./model.ts";

const PREFIX = "#/definitions/";

export interface Resolved {
  schema: JsonSchema | boolean;
  /** The component name when the schema was reached through a $ref. */
  component?: string;
}

export function resolveRef(
  schema: JsonSchema | boolean,
  definitions: Record<string, JsonSchema>,
): Resolved {
  if (typeof schema === "boolean") return { schema };
  const ref = schema["$ref"];
  if (typeof ref !== "string") return { schema };
  if (!ref.startsWith(PREFIX)) throw new Error(`unexpected $ref "${ref}" in a normalised schema`);
  const name = ref.slice(PREFIX.length);
  const target = definitions[name];
  if (target === undefined) throw new Error(`$ref "${ref}" names no definition`);
  return { schema: target, component: name };
}
