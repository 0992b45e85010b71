// Phase 2: turn the parser's dereferenced payload schemas back into portable JSON Schema.
// The parser inlines every $ref and tags each sub-schema with `x-parser-schema-id`; a
// component schema keeps its component name there, an inline one gets `<anonymous-schema-N>`.
// We strip the `x-parser-*` keys (ajv strict mode and other validators reject them) and turn
// every named component back into `$ref: "#/definitions/Name"`, so shared pieces stay shared
// in the schema files and become one TypeScript type each.
import type { JsonSchema } from "./model.ts";

const SCHEMA_ID = "x-parser-schema-id";

function componentName(schema: JsonSchema): string | undefined {
  const id = schema[SCHEMA_ID];
  return typeof id === "string" && !id.startsWith("<anonymous") ? id : undefined;
}

function isPlainObject(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export class SchemaNormaliser {
  /** Named component schemas met so far, normalised, by name. */
  readonly definitions = new Map<string, JsonSchema>();
  private readonly inProgress = new Set<unknown>();

  /** Normalises a root schema: the root itself stays inline even when it is a component. */
  root(schema: JsonSchema): JsonSchema {
    return this.inline(schema);
  }

  private inline(schema: JsonSchema): JsonSchema {
    if (this.inProgress.has(schema)) {
      throw new Error(
        `an anonymous schema refers to itself; give it a name under components.schemas`,
      );
    }
    this.inProgress.add(schema);
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(schema)) {
      if (key.startsWith("x-parser-")) continue;
      out[key] = this.value(key, value);
    }
    this.inProgress.delete(schema);
    return out;
  }

  private value(key: string, value: unknown): unknown {
    // `const`, `enum`, `examples` and `default` hold data, not schemas: copy them as they are.
    if (key === "const" || key === "enum" || key === "examples" || key === "default") {
      return structuredClone(value);
    }
    if (Array.isArray(value)) return value.map((item) => this.value("", item));
    if (!isPlainObject(value)) return value;
    if (key === "properties" || key === "patternProperties" || key === "definitions") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.schema(v)]));
    }
    return this.schema(value);
  }

  private schema(value: unknown): unknown {
    if (!isPlainObject(value)) return value;
    const name = componentName(value);
    if (name === undefined) return this.inline(value);
    if (!this.definitions.has(name)) {
      this.definitions.set(name, {}); // placeholder: a recursive schema meets its own name
      this.definitions.set(name, this.inline(value));
    }
    return { $ref: `#/definitions/${name}` };
  }
}

/** The names of the definitions a schema needs, following refs between definitions. */
export function reachableDefinitions(
  schema: JsonSchema,
  definitions: Record<string, JsonSchema>,
): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isPlainObject(node)) return;
    const ref = node["$ref"];
    if (typeof ref === "string" && ref.startsWith("#/definitions/")) {
      const name = ref.slice("#/definitions/".length);
      if (!found.has(name)) {
        found.add(name);
        visit(definitions[name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(schema);
  return [...found].sort();
}
