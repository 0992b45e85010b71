// Phase 8: precompiled validators (ajv standalone code), one export per event plus the
// handshake auth. ajv's ESM standalone output still calls require() for its runtime helpers
// (formats, ucs2length), so we prefix a createRequire shim; ajv and ajv-formats therefore
// stay runtime dependencies (stack-notes.md).
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import standaloneModule from "ajv/dist/standalone/index.js";
import { TS_BANNER } from "./banner.ts";
import type { ContractModel, OutputFile } from "./model.ts";
import { eventSchema, HANDSHAKE_AUTH, handshakeSchema, schemaId } from "./emit-schemas.ts";

export const VALIDATORS_FILE = "generated/validators.js";
export const VALIDATORS_TYPES_FILE = "generated/validators.d.ts";

// Under NodeNext these CommonJS modules arrive as { default }.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const standaloneCode = standaloneModule as unknown as typeof standaloneModule.default;

/** The ajv options both the generated code and any runtime compilation must share. */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  // `examples` is an annotation keyword that draft-07 validators ignore; ajv knows it.
  code: { source: true, esm: true, lines: true },
} as const;

export function buildAjv(model: ContractModel): Ajv {
  const ajv = new Ajv(AJV_OPTIONS);
  addFormats(ajv);
  for (const event of model.events) ajv.addSchema(eventSchema(event, model));
  ajv.addSchema(handshakeSchema(model));
  return ajv;
}

export function emitValidators(model: ContractModel): OutputFile[] {
  const ajv = buildAjv(model);
  const exports: Record<string, string> = {};
  for (const event of model.events) exports[event.name] = schemaId(event.name);
  exports[HANDSHAKE_AUTH] = schemaId(HANDSHAKE_AUTH);
  const code = standaloneCode(ajv, exports);
  const prelude = [
    TS_BANNER,
    `import { createRequire } from "node:module";`,
    `const require = createRequire(import.meta.url);`,
    "",
  ].join("\n");
  const names = Object.keys(exports);
  const declarations = [
    TS_BANNER,
    `import type { ErrorObject } from "ajv";`,
    "",
    "/** A precompiled ajv validator: returns true when valid, else sets `errors`. */",
    "export interface StandaloneValidator {",
    "  (data: unknown): boolean;",
    "  errors?: ErrorObject[] | null;",
    "}",
    "",
    ...names.map((name) => `export declare const ${name}: StandaloneValidator;`),
    "",
  ].join("\n");
  return [
    { path: VALIDATORS_FILE, content: `${prelude}${code}\n` },
    { path: VALIDATORS_TYPES_FILE, content: declarations },
  ];
}
