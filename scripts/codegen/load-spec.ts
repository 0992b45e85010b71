// Phase 1: read asyncapi.yaml and parse it; any error-level diagnostic stops the chain.
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import path from "node:path";
import { Parser, type AsyncAPIDocumentInterface } from "@asyncapi/parser";
import { formatDiagnostic, relevantDiagnostics, SEVERITY_ERROR, SpecError } from "./diagnostics.ts";

export interface LoadedSpec {
  document: AsyncAPIDocumentInterface;
  warnings: string[];
  sha256: string;
}

export async function loadSpec(specPath: string): Promise<LoadedSpec> {
  // Relative to where the user stands when the file is below it, else as an absolute path.
  const relative = path.relative(process.cwd(), specPath);
  const displayName = relative && !relative.startsWith("..") ? relative : path.resolve(specPath);
  let text: string;
  try {
    text = await readFile(specPath, "utf8");
  } catch (error) {
    throw new SpecError(displayName, [`${displayName}: cannot read: ${(error as Error).message}`]);
  }
  return parseSpec(text, displayName, specPath);
}

/** Parses a document already read (from a file, or from git for `diff --base`). */
export async function parseSpec(
  text: string,
  displayName: string,
  source: string,
): Promise<LoadedSpec> {
  const { document, diagnostics } = await new Parser().parse(text, { source });
  const findings = relevantDiagnostics(diagnostics);
  const lines = findings.map((d) => formatDiagnostic(displayName, d));
  const hasError = findings.some((d) => d.severity === SEVERITY_ERROR);
  if (hasError || document === undefined) {
    throw new SpecError(displayName, lines.length > 0 ? lines : [`${displayName}: no document`]);
  }
  return { document, warnings: lines, sha256: sha256Of(text) };
}

export function sha256Of(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
