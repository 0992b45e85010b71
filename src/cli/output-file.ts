// --output FILE: checked before the run, so a path that cannot be written is a usage error
// (exit 2) in milliseconds, not a crash after the whole run with the report lost.
import { constants } from "node:fs";
import { access, mkdir, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "./command.ts";

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}

/**
 * Creates the missing folders one level at a time. (Recursive mkdir was seen spinning
 * forever under /proc, where a missing folder can never be made.)
 */
async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = dir;
  while (!(await exists(current))) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing) await mkdir(folder);
}

/** Makes sure `file` can be written after the run; throws a UsageError saying why not. */
export async function prepareOutputFile(file: string, option = "output"): Promise<void> {
  const dir = path.dirname(file);
  try {
    if ((await exists(file)) && (await stat(file)).isDirectory()) {
      throw new Error("it is a directory");
    }
    await ensureDir(dir);
    if (!(await stat(dir)).isDirectory()) throw new Error(`${dir} is not a directory`);
    await access(dir, constants.W_OK);
  } catch (error) {
    throw new UsageError(
      `test: --${option} ${file}: cannot write there (${(error as Error).message})`,
    );
  }
}

/** Writes next to the target and renames: a reader never sees half a report. */
export async function writeOutputFile(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
}
