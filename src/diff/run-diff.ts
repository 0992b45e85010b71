// One diff run: load both contracts, compare, conclude, render. The CLI only maps the
// result to stdout, a file and an exit code.
import { compareContracts, type Contract } from "./compare-contracts.ts";
import { loadContractAtRef, loadContractFile } from "./load-contract.ts";
import { outcomeOf, type DiffOutcome } from "./outcome.ts";
import { renderConsole } from "./report-console.ts";
import { renderJson } from "./report-json.ts";
import { renderMarkdown } from "./report-markdown.ts";
import path from "node:path";

const RENDERERS = { console: renderConsole, json: renderJson, markdown: renderMarkdown };

export interface DiffRunOptions {
  old: { file: string } | { ref: string };
  newFile: string;
  reporter: keyof typeof RENDERERS;
  requireMajorBump: boolean;
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") ? relative : file;
}

export async function runDiff(
  options: DiffRunOptions,
): Promise<{ outcome: DiffOutcome; text: string }> {
  const { old, newFile } = options;
  const oldName = "ref" in old ? `${old.ref}:${path.basename(newFile)}` : shown(old.file);
  // One after the other: a broken OLD is reported before NEW is even read.
  const before: Contract =
    "ref" in old ? await loadContractAtRef(old.ref, newFile) : await loadContractFile(old.file);
  const after = await loadContractFile(newFile);
  const outcome = outcomeOf({
    oldName,
    newName: shown(newFile),
    oldVersion: before.version,
    newVersion: after.version,
    report: compareContracts(before, after),
    requireMajorBump: options.requireMajorBump,
  });
  return { outcome, text: RENDERERS[options.reporter](outcome) };
}
