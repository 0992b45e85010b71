// Phase 9: put the outputs on disk, or compare them with what is there (--check).
// Writing is all-or-nothing as far as a file system allows: every file is first written
// next to its target under a temporary name, and only when all are written are they
// renamed into place, so a failure leaves the previous outputs untouched.
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { OutputFile } from "./model.ts";

/** Folders that hold generated files only: anything in them that we did not produce is stale. */
export const OWNED_DIRS = ["schemas", "generated"];

export interface Drift {
  path: string;
  reason: "differs" | "missing" | "not generated";
}

async function readOrUndefined(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

async function existingFiles(rootDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const dir of OWNED_DIRS) {
    const entries = await readdir(path.join(rootDir, dir), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isFile()) found.push(`${dir}/${entry.name}`);
  }
  return found;
}

export async function findDrift(rootDir: string, outputs: OutputFile[]): Promise<Drift[]> {
  const drift: Drift[] = [];
  for (const output of outputs) {
    const current = await readOrUndefined(path.join(rootDir, output.path));
    if (current === undefined) drift.push({ path: output.path, reason: "missing" });
    else if (current !== output.content) drift.push({ path: output.path, reason: "differs" });
  }
  const produced = new Set(outputs.map((o) => o.path));
  for (const file of await existingFiles(rootDir)) {
    if (!produced.has(file)) drift.push({ path: file, reason: "not generated" });
  }
  return drift;
}

export async function writeOutputs(rootDir: string, outputs: OutputFile[]): Promise<string[]> {
  const staged: Array<{ temp: string; target: string }> = [];
  try {
    for (const output of outputs) {
      const target = path.join(rootDir, output.path);
      const temp = `${target}.${process.pid}.tmp`;
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(temp, output.content);
      staged.push({ temp, target });
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, target } of staged) await rename(temp, target);
  const produced = new Set(outputs.map((o) => o.path));
  const removed: string[] = [];
  for (const file of await existingFiles(rootDir)) {
    if (!produced.has(file)) {
      await rm(path.join(rootDir, file));
      removed.push(file);
    }
  }
  return removed;
}
