// The judge of the generator: ajv + ajv-formats compiling the raw files in schemas/,
// sharing no code with generated/validators.js or with the fuzzer's own generators.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

const SCHEMAS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schemas");
// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction>();

export function rawSchema(event: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(SCHEMAS_DIR, `${event}.json`), "utf8")) as Record<
    string,
    unknown
  >;
}

/** ajv's errors for `payload` against schemas/<event>.json; [] when valid. */
export function independentErrors(event: string, payload: unknown): ErrorObject[] {
  let validate = compiled.get(event);
  if (validate === undefined) {
    validate = ajv.compile(rawSchema(event));
    compiled.set(event, validate);
  }
  return validate(payload) ? [] : [...(validate.errors ?? [])];
}

/** The path an error is about: ajv reports `required` and `additionalProperties` at the parent. */
export function errorPath(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required")
    return `${error.instancePath}/${String(params["missingProperty"])}`;
  return error.instancePath;
}
