// Child processes for the package tests: every run bounded, its output kept for the message.
import { spawn, type SpawnOptions } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { requireFreshDist as requireFreshDistAt } from "../../scripts/build/dist-freshness.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs a command to its end, or kills it after `timeoutMs` and rejects. */
export function runProcess(
  command: string,
  args: string[],
  options: SpawnOptions & { timeoutMs: number },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `${command} ${args.join(" ")}: no exit within ${options.timeoutMs} ms\n${out}${err}`,
        ),
      );
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

/** Throws unless the run exited 0, with its output in the message. */
export function succeeded(run: Run, what: string): Run {
  if (run.code !== 0) throw new Error(`${what} exited ${run.code}:\n${run.out}\n${run.err}`);
  return run;
}

/** The folders from `dir` up to / that hold a node_modules: none, for a zero-install run. */
export function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, "node_modules"))) found.push(current);
    if (path.dirname(current) === current) return found;
  }
}

/** Throws, naming the stale sources, unless dist/ was built from the current sources. */
export function requireFreshDist(): void {
  requireFreshDistAt(ROOT);
}
