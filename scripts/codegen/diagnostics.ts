// Turns parser diagnostics into `file:LINE:COL  message` lines a person can jump to.
import type { Diagnostic } from "@asyncapi/parser";

// Severity numbers of @asyncapi/parser (Spectral): 0 error, 1 warning, 2 info, 3 hint.
export const SEVERITY_ERROR = 0;
export const SEVERITY_WARNING = 1;

// A valid 3.0.0 document always gets this info; it is not a finding about our contract.
const IGNORED_CODES = new Set(["asyncapi-latest-version"]);

/**
 * Errors and warnings worth showing, the cause first: a YAML syntax error (code "parser")
 * yields a cascade, and the parser lists the schema errors it causes (a missing
 * `info.version`, ...) BEFORE it, so syntax errors are moved to the top.
 */
export function relevantDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const shown = diagnostics.filter(
    (d) => d.severity <= SEVERITY_WARNING && !IGNORED_CODES.has(String(d.code)),
  );
  const isSyntax = (d: Diagnostic) => d.code === "parser";
  return [...shown.filter(isSyntax), ...shown.filter((d) => !isSyntax(d))];
}

export function formatDiagnostic(file: string, d: Diagnostic): string {
  // Parser ranges are 0-based; editors and people count from 1.
  const line = d.range.start.line + 1;
  const col = d.range.start.character + 1;
  const level = d.severity === SEVERITY_ERROR ? "error" : "warning";
  const where = d.path.length > 0 ? ` (at ${d.path.join(".")})` : "";
  return `${file}:${line}:${col}  ${level} ${d.message}${where}`;
}

/** Misuse of the contract file: thrown by the load phase, printed by the CLI. */
export class SpecError extends Error {
  constructor(
    readonly file: string,
    readonly lines: string[],
  ) {
    super(`${file} is not a valid AsyncAPI document:\n${lines.join("\n")}`);
    this.name = "SpecError";
  }
}
