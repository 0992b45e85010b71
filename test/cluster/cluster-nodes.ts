// Nodes of a cluster as separate processes: `chat-contract serve --port 0 --redis URL`,
// each resolved once it prints its URL. Tests stop them with SIGTERM, or SIGKILL for the
// dead-node fault.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bounded } from "./redis-process.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// The sources through tsx, so the test needs no build.
const BIN = path.join(ROOT, "bin/dev.js");
const STARTUP_TIMEOUT_MS = 15_000;

export interface Node {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves when the output (from `since`, a length of output()) matches `pattern`; bounded. */
  waitForOutput(pattern: RegExp, since: number, timeoutMs: number): Promise<void>;
  exit: Promise<number | null>;
  /** SIGTERM (or `signal`), then waits for the exit, bounded. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Spawns `serve` with `args`; resolves with its URL, or rejects with its output and exit code. */
export function startNode(args: string[]): Promise<Node> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  const wakers = new Set<() => void>();
  const waitForOutput = (pattern: RegExp, since: number, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(text.slice(since))) return;
        wakers.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        wakers.delete(check);
        reject(new Error(`no ${pattern} in the node's output within ${timeoutMs} ms:\n${text}`));
      }, timeoutMs);
      wakers.add(check);
      check();
    });
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return bounded(exit, 10_000, `node did not exit after ${signal}:\n${text}`);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no URL within ${STARTUP_TIMEOUT_MS} ms; output:\n${text}`));
    }, STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      for (const wake of [...wakers]) wake();
      const url = /chat server listening on (http:\/\/\S+)/.exec(text)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({ url, child, output: () => text, waitForOutput, exit, stop });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exit.then((code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`serve exited with ${code}:\n${text}`), { code, text }));
    });
  });
}
