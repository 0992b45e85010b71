// The "ajv compiled at run time" subject: schemas/*.json compiled with the generator's ajv
// options (scripts/codegen/emit-validators.ts AJV_OPTIONS) minus codegen, and full formats.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { EVENT_NAMES, SCHEMAS_DIR } from "../../src/contract/index.ts";

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** One compiled validator per event name. */
export function compileRuntimeAjv(): Map<string, ValidateFunction> {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();
  for (const event of EVENT_NAMES) {
    const schema = JSON.parse(
      readFileSync(path.join(SCHEMAS_DIR, `${event}.json`), "utf8"),
    ) as object;
    compiled.set(event, ajv.compile(schema));
  }
  return compiled;
}
