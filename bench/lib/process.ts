// Wall time of a child process, bounded: a benchmark never waits forever on a hung child.
import { spawn } from "node:child_process";

export interface ProcessRun {
  /** From spawn to exit, as the person typing the command would see it. */
  wallMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ProcessOptions {
  cwd: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

export function timeProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions,
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`${command} ${args.join(" ")}: no exit after ${options.timeoutMs} ms (killed)`),
      );
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ wallMs: performance.now() - start, code, stdout, stderr });
    });
  });
}

/** Like timeProcess, but a non-zero exit is an error that carries the child's stderr. */
export async function timeSuccessfulProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions,
): Promise<ProcessRun> {
  const run = await timeProcess(command, args, options);
  if (run.code !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} exited with ${String(run.code)}:\n${run.stderr || run.stdout}`,
    );
  }
  return run;
}
