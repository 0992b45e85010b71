// Reads a contract the way `generate` does (load-spec, extract-events, normalise-schema),
// from a file or from git (`--base REF`). Every problem is a SpecError with file:line:col
// lines, which the CLI prints and maps to exit 2.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { SpecError } from "../../scripts/codegen/diagnostics.ts";
import { extractContract } from "../../scripts/codegen/extract-events.ts";
import { loadSpec, parseSpec, type LoadedSpec } from "../../scripts/codegen/load-spec.ts";
import type { Contract } from "./compare-contracts.ts";

const run = promisify(execFile);

function extracted(spec: LoadedSpec, displayName: string): Contract {
  try {
    return extractContract(spec.document);
  } catch (error) {
    throw new SpecError(displayName, [`${displayName}: ${(error as Error).message}`]);
  }
}

function displayNameOf(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") ? relative : path.resolve(file);
}

export async function loadContractFile(file: string): Promise<Contract> {
  return extracted(await loadSpec(file), displayNameOf(file));
}

/** Parses a contract from its text, e.g. a corpus fixture built in memory. */
export async function loadContractText(text: string, displayName: string): Promise<Contract> {
  return extracted(await parseSpec(text, displayName, path.resolve(displayName)), displayName);
}

/**
 * The contract as it is at a git ref: `git show REF:./asyncapi.yaml`, run in the folder of
 * the new file so the same path is read (`./` makes git resolve it from there).
 */
export async function loadContractAtRef(ref: string, newFile: string): Promise<Contract> {
  const cwd = path.dirname(path.resolve(newFile));
  const spec = `${ref}:./${path.basename(newFile)}`;
  let text: string;
  try {
    text = (await run("git", ["show", spec], { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const stderr = String(
      (error as { stderr?: unknown }).stderr ?? (error as Error).message,
    ).trim();
    throw new SpecError(spec, [`${spec}: cannot read it from git: ${stderr}`]);
  }
  return extracted(await parseSpec(text, spec, path.resolve(newFile)), spec);
}
