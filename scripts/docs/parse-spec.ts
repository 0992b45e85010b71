// Phase 1: parse the contract. The parser never throws on a bad document; it
// returns diagnostics, so errors (severity 0) are turned into one thrown Error
// whose lines a person can click on: `asyncapi.yaml:LINE:COL  message`.
import { basename } from "node:path";
import { Parser, type AsyncAPIDocumentInterface } from "@asyncapi/parser";

type Diagnostic = Awaited<ReturnType<Parser["parse"]>>["diagnostics"][number];

const SEVERITY_ERROR = 0;

export async function parseSpec(text: string, specPath: string): Promise<AsyncAPIDocumentInterface> {
  const { document, diagnostics } = await new Parser().parse(text);
  const errors = syntaxFirst(diagnostics.filter((d) => d.severity === SEVERITY_ERROR));
  if (errors.length > 0 || document === undefined) {
    throw new Error(formatDiagnostics(basename(specPath), errors));
  }
  return document;
}

/**
 * A YAML syntax error (code "parser") yields a cascade, and the parser lists the
 * schema errors it causes (e.g. a missing `info.version`) BEFORE it: put the
 * cause first so the top line is the one to fix.
 */
function syntaxFirst(errors: Diagnostic[]): Diagnostic[] {
  const isSyntax = (d: Diagnostic) => d.code === "parser";
  return [...errors.filter(isSyntax), ...errors.filter((d) => !isSyntax(d))];
}

/** Ranges are 0-based; editors and `file:line:col` links are 1-based. */
function formatDiagnostics(file: string, errors: Diagnostic[]): string {
  const lines = errors.map((d) => {
    const { line, character } = d.range.start;
    return `${file}:${line + 1}:${character + 1}  ${d.message}`;
  });
  return [`${file} is not a valid AsyncAPI document (${errors.length} error(s)):`, ...lines].join("\n");
}
