// A validator built from the raw files in schemas/, sharing no code with generated/:
// what any JSON Schema user would do with our schema files.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { SCHEMAS_DIR } from "../../src/contract/index.ts";

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export function loadSchemaFiles(): Record<string, Record<string, unknown>> {
  const files = readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith(".json") && f !== "catalog.json");
  return Object.fromEntries(
    files.map((f) => [
      path.basename(f, ".json"),
      JSON.parse(readFileSync(path.join(SCHEMAS_DIR, f), "utf8")),
    ]),
  );
}

export function independentValidators(): Record<string, ValidateFunction> {
  // Default ajv settings, not the generator's: strict off, so only the schema's meaning counts.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const schemas = loadSchemaFiles();
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]),
  );
}
