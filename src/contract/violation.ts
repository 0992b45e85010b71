// A payload's departure from its schema, as data. Wording belongs to reporters; the one
// formatter here is the short line the server puts in ERROR_OCCURED.errorMessage.
import type { ErrorObject } from "ajv";

export interface Violation {
  /** The wire event name whose payload was checked (or HANDSHAKE_AUTH). */
  event: string;
  /** JSON Pointer to the offending value; for a missing field, the field's own path. */
  instancePath: string;
  /** The JSON Schema keyword that failed: type, required, additionalProperties, format, ... */
  keyword: string;
  /** The validator's own sentence, e.g. "must be string". */
  message: string;
  /** What the schema wanted: a type name, a limit, the allowed values, ... */
  expected: unknown;
  /** The value found at instancePath; undefined when the field is missing. */
  received: unknown;
  /** Where in the event's schema the failing keyword sits. */
  schemaPath: string;
}

function escapePointerToken(token: string): string {
  // Most keys hold neither character: skip the two replaces (this runs per violation).
  if (!token.includes("~") && !token.includes("/")) return token;
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

// The prototype method, not Object.hasOwn: V8's optimising compiler inlines this one.
const hasOwn = Object.prototype.hasOwnProperty;

/** Reads a JSON Pointer; undefined when the path does not exist. */
export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  // Token by token with indexOf, no split/map/regex: this runs for every violation, and
  // an invalid payload's violations should cost little more than checking it (issue 16).
  let node: unknown = root;
  let start = 1;
  for (;;) {
    const end = pointer.indexOf("/", start);
    const raw = end < 0 ? pointer.slice(start) : pointer.slice(start, end);
    const token = raw.includes("~") ? unescapePointerToken(raw) : raw;
    if (typeof node !== "object" || node === null || !hasOwn.call(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
    if (end < 0) return node;
    start = end + 1;
  }
}

/** What a failing keyword expected, from ajv's params. */
function expectedOf(error: ErrorObject): unknown {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return p["type"];
    case "required":
      return "present";
    case "additionalProperties":
      return "absent (no additional properties)";
    case "minLength":
      return `at least ${String(p["limit"])} characters`;
    case "maxLength":
      return `at most ${String(p["limit"])} characters`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `${String(p["comparison"])} ${String(p["limit"])}`;
    case "enum":
      return p["allowedValues"];
    case "const":
      return p["allowedValue"];
    case "format":
      return `format ${String(p["format"])}`;
    case "pattern":
      return `matching ${String(p["pattern"])}`;
    default:
      return p;
  }
}

/** The value of `key` if `node` is an object that has it as its own property. */
function ownValue(node: unknown, key: string): unknown {
  return typeof node === "object" && node !== null && hasOwn.call(node, key)
    ? (node as Record<string, unknown>)[key]
    : undefined;
}

/**
 * ajv's errors as Violations. ajv reports `required` and `additionalProperties` at the
 * parent object: the violation's path is the property's own, and for an additional
 * property its value is read from that parent. `if`
 * only reports that a `then` branch failed; the `then` errors already carry the detail.
 * One loop, no helper per field: an invalid payload's violations should cost little more
 * than checking it (issue 16's goal is 3x a valid check).
 */
export function violationsFromAjv(
  event: string,
  payload: unknown,
  errors: ErrorObject[] | null | undefined,
): Violation[] {
  const violations: Violation[] = [];
  if (errors === null || errors === undefined) return violations;
  for (let i = 0; i < errors.length; i++) {
    const error = errors[i]!;
    const keyword = error.keyword;
    if (keyword === "if") continue;
    const params = error.params as Record<string, unknown>;
    let instancePath = error.instancePath;
    let received: unknown;
    if (keyword === "required") {
      // A missing property has no value to look up.
      const missing = params["missingProperty"];
      if (typeof missing === "string") {
        instancePath = `${instancePath}/${escapePointerToken(missing)}`;
      }
    } else {
      // ajv's verbose errors (the generated code's) carry the value they are about; other
      // error lists get it looked up by path.
      const data = "data" in error ? error.data : valueAt(payload, instancePath);
      const extra = params["additionalProperty"];
      if (keyword === "additionalProperties" && typeof extra === "string") {
        received = ownValue(data, extra);
        instancePath = `${instancePath}/${escapePointerToken(extra)}`;
      } else {
        received = data;
      }
    }
    violations.push({
      event,
      instancePath,
      keyword,
      message: error.message ?? keyword,
      expected: expectedOf(error),
      received,
      schemaPath: error.schemaPath,
    });
  }
  return violations;
}

/** One line: `MESSAGE_SENT /message: must NOT have more than 4000 characters`. */
export function formatViolation(violation: Violation): string {
  const where = violation.instancePath === "" ? "(payload)" : violation.instancePath;
  return `${violation.event} ${where}: ${violation.message}`;
}
