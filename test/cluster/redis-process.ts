// A throwaway redis-server per test file: loopback only, a free port, no persistence, its
// own temporary directory. Started and stopped by the test itself, so CI needs only the
// redis-server binary (Debian's `redis-server` package), no running service.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const READY_TIMEOUT_MS = 10_000;

export interface RedisProcess {
  url: string;
  port: number;
  /** SIGTERM, then waits for the exit (bounded); removes the temporary directory. */
  stop(): Promise<void>;
}

/** Fails loudly, with the install command, when redis-server is not installed. */
export function requireRedisServer(): void {
  const found = spawnSync("redis-server", ["--version"], { encoding: "utf8" });
  if (found.error !== undefined || found.status !== 0) {
    throw new Error(
      "redis-server is required by the cluster tests and the cluster-load benchmark and was not found on PATH: " +
        "apt-get install -y redis-server",
    );
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Starts redis-server on `port` (default: a free one) and resolves once it accepts connections. */
export async function startRedis(port?: number): Promise<RedisProcess> {
  requireRedisServer();
  const chosen = port ?? (await freePort());
  const dir = mkdtempSync(path.join(tmpdir(), "chat-contract-redis-"));
  const child = spawn(
    "redis-server",
    [
      "--port",
      String(chosen),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      dir,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await untilReady(child, exited);
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await bounded(exited, 5_000, "redis-server did not exit after SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function untilReady(child: ChildProcess, exited: Promise<void>): Promise<void> {
  let text = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`redis-server not ready within ${READY_TIMEOUT_MS} ms:\n${text}`));
    }, READY_TIMEOUT_MS);
    child.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited before it was ready:\n${text}`));
    });
  });
}

export function bounded<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
