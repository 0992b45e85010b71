// Phase 8: precompiled validators (ajv standalone code), one export per event plus the
// handshake auth. ajv's ESM standalone output still calls require() for its runtime helpers
// (formats, ucs2length), so we prefix a createRequire shim; ajv and ajv-formats therefore
// stay runtime dependencies (stack-notes.md).
//
// Speed without changing a verdict (issue 16; bench/validation-throughput.ts measures it):
// - `date-time` is scripts/codegen/runtime/contract-date-time.js, inlined: the contract's
//   Timestamp shape checked by char codes, every other string handed to
//   runtime/full-date-time.js, ajv-formats' full `date-time` read by char code (an
//   invalid payload's timestamp meets it), so the format keyword answers exactly as full
//   mode does.
// - maxLength/minLength count code points only when the UTF-16 length leaves the answer
//   open (length-keywords.ts, runtime/code-point-count.js).
import { readFileSync } from "node:fs";
import { _, Ajv, type Options } from "ajv";
import addFormatsModule from "ajv-formats";
import standaloneModule from "ajv/dist/standalone/index.js";
import { TS_BANNER } from "./banner.ts";
import { useFastLengthKeywords } from "./length-keywords.ts";
import { exclusiveOneOfAsAnyOf } from "./exclusive-one-of.ts";
import type { ContractModel, JsonSchema, OutputFile } from "./model.ts";
import { eventSchema, HANDSHAKE_AUTH, handshakeSchema, schemaId } from "./emit-schemas.ts";
import { contractDateTime } from "./runtime/contract-date-time.js";
import { fullDateTime } from "./runtime/full-date-time.js";

export const VALIDATORS_FILE = "generated/validators.js";
export const VALIDATORS_TYPES_FILE = "generated/validators.d.ts";

// Under NodeNext these CommonJS modules arrive as { default }.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const standaloneCode = standaloneModule as unknown as typeof standaloneModule.default;

/** Plain JavaScript the generated code carries a copy of (its `export` dropped). */
const RUNTIME_SOURCES = [
  "./runtime/contract-date-time.js",
  "./runtime/full-date-time.js",
  "./runtime/code-point-count.js",
];

/** The ajv options both the generated code and any runtime compilation must share. */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  // `examples` is an annotation keyword that draft-07 validators ignore; ajv knows it.
  code: { source: true, esm: true, lines: true },
} as const;

/** The export that holds the error-listing validators, by event name. */
export const ALL_ERRORS = "allErrors";

/** The generated code's table of format checks (defined in prelude()). */
const FORMATS_TABLE = "contractFormats";
const FORMATS_TABLE_CODE = _`contractFormats`;

/**
 * The reference ajv: ajv-formats' full formats and ajv's own keywords. The agreement
 * checks (bench, test/contract) compare the generated code with this.
 */
export function buildReferenceAjv(model: ContractModel, options: Options = {}): Ajv {
  const ajv = new Ajv({ ...AJV_OPTIONS, ...options });
  addFormats(ajv);
  for (const event of model.events) ajv.addSchema(eventSchema(event, model));
  ajv.addSchema(handshakeSchema(model));
  return ajv;
}

/**
 * The ajv the generated code comes from: the same schemas, the faster keyword code.
 * `options` picks the flavour: the verdict-only code or the one that lists every error.
 */
export function buildAjv(
  model: ContractModel,
  options: Options = {},
  transform: (schema: JsonSchema) => JsonSchema = (schema) => schema,
): Ajv {
  const ajv = new Ajv({
    ...AJV_OPTIONS,
    ...options,
    code: { ...AJV_OPTIONS.code, esm: false, formats: FORMATS_TABLE_CODE },
  });
  // Every full-mode format stays available (as ajv-formats' code); date-time is ours.
  addFormats(ajv);
  ajv.addFormat("date-time", contractDateTime(fullDateTime));
  useFastLengthKeywords(ajv);
  for (const event of model.events) ajv.addSchema(transform(eventSchema(event, model)));
  ajv.addSchema(transform(handshakeSchema(model)));
  return ajv;
}

/**
 * Stops at the first failure and builds no messages: the verdict alone. With allErrors an
 * invalid payload's checks run to the end; this flavour stops at the first that fails.
 */
const VERDICT_OPTIONS: Options = { allErrors: false, messages: false };
/**
 * Every violation with ajv's sentences: what validateEvent() turns into Violations.
 * `verbose` puts the value each error is about in its `data` (and the schema beside it):
 * the violation's received value without looking up a JSON Pointer on the payload, which
 * cost more than building the violation itself.
 */
const EXPLAIN_OPTIONS: Options = { allErrors: true, verbose: true };

/** What the standalone code needs in scope: require(), and the format table it reads. */
function prelude(): string {
  const copies = RUNTIME_SOURCES.flatMap((file) => [
    `// scripts/codegen/${file.slice(2)}, copied by the generator:`,
    readFileSync(new URL(file, import.meta.url), "utf8")
      .replace(/^export function /m, "function ")
      .trim(),
    "",
  ]);
  return [
    TS_BANNER,
    `import { createRequire } from "node:module";`,
    `const require = createRequire(import.meta.url);`,
    "",
    ...copies,
    `const fullFormats = require("ajv-formats/dist/formats").fullFormats;`,
    `const ${FORMATS_TABLE} = {`,
    "  ...fullFormats,",
    `  "date-time": contractDateTime(fullDateTime),`,
    "};",
    "",
  ].join("\n");
}

/** Standalone CommonJS code, run in its own scope; evaluates to its exports. */
function scoped(code: string): string {
  return `(() => {\nconst exports = {};\n${code}\nreturn exports;\n})()`;
}

export function emitValidators(model: ContractModel): OutputFile[] {
  const exports: Record<string, string> = {};
  for (const event of model.events) exports[event.name] = schemaId(event.name);
  exports[HANDSHAKE_AUTH] = schemaId(HANDSHAKE_AUTH);
  // Its errors are never shown: a oneOf of disjoint branches may stop at the first that
  // holds (exclusive-one-of.ts).
  const verdicts = standaloneCode(buildAjv(model, VERDICT_OPTIONS, exclusiveOneOfAsAnyOf), exports);
  const explanations = standaloneCode(buildAjv(model, EXPLAIN_OPTIONS), exports);
  const code = [
    `const verdicts = ${scoped(verdicts)};`,
    "",
    `const explanations = ${scoped(explanations)};`,
    "",
    "// For a verdict: a valid payload costs one verdict-only pass; an invalid one a second",
    "// pass that lists every error (both come from the same schema, so they agree).",
    "function validator(isValid, explain) {",
    "  function validate(data) {",
    "    if (isValid(data)) {",
    "      validate.errors = null;",
    "      return true;",
    "    }",
    "    const valid = explain(data);",
    "    validate.errors = explain.errors;",
    "    return valid;",
    "  }",
    "  validate.errors = null;",
    "  return validate;",
    "}",
    "",
    ...Object.keys(exports).map(
      (name) => `export const ${name} = validator(verdicts.${name}, explanations.${name});`,
    ),
    "",
    "// For the error list (validateEvent()): the listing pass alone. On a valid payload it",
    "// runs the same checks as the verdict-only pass (every keyword holds, none stops early);",
    "// on an invalid one it saves the verdict pass that would only say what it then lists.",
    `export const ${ALL_ERRORS} = Object.freeze({`,
    ...Object.keys(exports).map((name) => `  ${name}: explanations.${name},`),
    "});",
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
    "/**",
    " * The same validators in one pass that lists every error: the verdict, and when invalid",
    " * `errors` holds every error (what validateEvent() turns into violations).",
    " */",
    `export declare const ${ALL_ERRORS}: Readonly<{`,
    ...names.map((name) => `  ${name}: StandaloneValidator;`),
    "}>;",
    "",
  ].join("\n");
  return [
    { path: VALIDATORS_FILE, content: `${prelude()}${code}\n` },
    { path: VALIDATORS_TYPES_FILE, content: declarations },
  ];
}
