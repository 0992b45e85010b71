// maxLength/minLength that count code points only when the answer depends on it.
// ajv's own keyword calls ucs2length() (a loop over the whole string) on every check.
// A string's code point count lies between ceil(length / 2) and its UTF-16 length, so:
//   maxLength m: length <= m already passes; count only when length > m.
//   minLength m: length < m already fails, length >= 2m already passes; count in between
//                (m <= 1 never counts: a string is empty exactly when its length is 0).
// Same verdict, same error object (ajv's own error definition), same place in the rule
// order (before `pattern`), so ajv's error list is unchanged too.
import { _, type Ajv, type CodeKeywordDefinition, type KeywordCxt } from "ajv";
import { useFunc } from "ajv/dist/compile/util.js";
import { codePointCount } from "./runtime/code-point-count.js";
import limitLengthModule from "ajv/dist/vocabularies/validation/limitLength.js";

// CommonJS modules with `exports.default`: Node's ESM loader hands over the whole exports
// object, vitest's loader the default itself.
function cjsDefault<T>(module: unknown): T {
  const m = module as { default?: T };
  return typeof m === "object" && m !== null && "default" in m ? (m.default as T) : (m as T);
}
const ajvLimitLength = cjsDefault<CodeKeywordDefinition>(limitLengthModule);

/**
 * The counting function: in generated code, the prelude's copy of
 * runtime/code-point-count.js (emit-validators.ts puts it there); when compiled in
 * process, the function itself.
 */
const counter = Object.assign(codePointCount, { code: "codePointCount" });

function lengthCode(cxt: KeywordCxt): void {
  const { keyword, data, schema, $data } = cxt;
  // A limit read from the data ($data) or a non-integer limit: ajv's own code.
  if ($data || typeof schema !== "number" || !Number.isInteger(schema) || schema < 0) {
    ajvLimitLength.code(cxt, ajvLimitLength as never);
    return;
  }
  const count = useFunc(cxt.gen, counter);
  if (keyword === "maxLength") {
    cxt.fail(_`${data}.length > ${schema} && ${count}(${data}) > ${schema}`);
  } else if (schema <= 1) {
    cxt.fail(_`${data}.length < ${schema}`);
  } else {
    cxt.fail(
      _`${data}.length < ${schema} || (${data}.length < ${2 * schema} && ${count}(${data}) < ${schema})`,
    );
  }
}

/** Replaces ajv's maxLength/minLength with the counting-when-needed version. */
export function useFastLengthKeywords(ajv: Ajv): void {
  ajv.removeKeyword("maxLength");
  ajv.removeKeyword("minLength");
  ajv.addKeyword({ ...ajvLimitLength, code: lengthCode, before: "pattern" });
}
