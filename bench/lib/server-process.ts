// The reference server in a child process of its own, for load and latency runs: on this
// 2-core machine the server gets one core and the load generator the other, instead of
// sharing one event loop. Forked with tsx; talks to the parent over the IPC channel.
//
//   parent -> child   { type: "usage" }   child -> parent { type: "usage", cpuMs, elu }
//   parent -> child   { type: "close" }   child closes the server and exits
//   child -> parent   { type: "ready", url } once listening on 127.0.0.1, port 0
import { fork, type ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { RateLimit, RedisClusterOptions } from "../../src/server/index.ts";

export interface ServerProcessOptions {
  /** The contract guard (schema checks, event names, rate limit); false only to measure its cost. */
  validateIncoming: boolean;
  rateLimit?: RateLimit | false;
  /** Delay every server -> client emit by this much (the configure hook wraps socket.emit). */
  latencyMs?: number;
  /** The shared handshake token (the conformance suite then also tests AUTH_INVALID). */
  token?: string;
  /** Extra node flags for the server process, e.g. ["--cpu-prof"] to profile it under load. */
  nodeArgs?: string[];
  /** Run as one node of a cluster on this Redis (createChatServer's `redis` option). */
  redis?: string | RedisClusterOptions;
}

export interface UsageSample {
  /** User + system CPU time of the server process since it started, in ms. */
  cpuMs: number;
  /** Event-loop busy time since it started, in ms (performance.eventLoopUtilization().active). */
  activeMs: number;
  /** With latencyMs: emits delayed so far. */
  delayedEmits: number;
  /**
   * With latencyMs: how long, in all, at least one delayed emit was held back (the union of
   * the intervals from each emit call to its actual send, which is >= latencyMs because
   * timers fire late): time a client waiting for the server could only have spent waiting.
   */
  latencyCoveredMs: number;
  /** Resident set size of the server process, in bytes. */
  rssBytes: number;
  /** The server's counters (slow consumers cut, events refused RATE_LIMITED, guard rejections). */
  counters: { slowConsumerDisconnects: number; rateLimitedEvents: number; guardRejections: number };
  /** Lines the server logged as errors, and as warnings, since it started. */
  errorsLogged: number;
  warningsLogged: number;
}

export interface ServerProcess {
  url: string;
  usage(): Promise<UsageSample>;
  close(): Promise<void>;
}

const SELF = fileURLToPath(import.meta.url);
const READY_TIMEOUT_MS = 30_000;

type FromChild =
  | { type: "ready"; url: string }
  | ({ type: "usage" } & UsageSample)
  | { type: "error"; message: string };

/** Starts the server in a child process; resolves when it listens. */
export function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = fork(SELF, [JSON.stringify(options)], {
    execArgv: ["--import", "tsx", ...(options.nodeArgs ?? [])],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server process: not listening after ${READY_TIMEOUT_MS} ms`));
    }, READY_TIMEOUT_MS);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited early (code ${String(code)})`));
    });
    child.on("message", (message: FromChild) => {
      if (message.type === "error") {
        clearTimeout(timer);
        reject(new Error(`server process: ${message.message}`));
      } else if (message.type === "ready") {
        clearTimeout(timer);
        resolve(handle(child, message.url));
      }
    });
  });
}

function handle(child: ChildProcess, url: string): ServerProcess {
  return {
    url,
    usage: () =>
      new Promise((resolve) => {
        const onMessage = (message: FromChild) => {
          if (message.type !== "usage") return;
          child.off("message", onMessage);
          const { type: _type, ...sample } = message;
          resolve(sample);
        };
        child.on("message", onMessage);
        child.send({ type: "usage" });
      }),
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.once("exit", () => {
          clearTimeout(kill);
          resolve();
        });
        child.send({ type: "close" });
      }),
  };
}

const logged = { errors: 0, warnings: 0 };
const quiet = {
  info() {},
  warn: () => void logged.warnings++,
  error: (msg: string, err?: unknown) => {
    logged.errors++;
    console.error(msg, err ?? "");
  },
};

/** In the child: start the server, answer the parent's requests. */
async function serve(options: ServerProcessOptions): Promise<void> {
  const { createChatServer } = await import("../../src/server/index.ts");
  const latency = options.latencyMs ?? 0;
  let delayedEmits = 0;
  let coveredMs = 0;
  let busyUntil = 0;
  // Every delay is the same and Node fires equal timers in order, so the held-back
  // intervals end in the order they start: one running union, updated as each is sent.
  const cover = (start: number, sent: number) => {
    coveredMs += Math.max(0, sent - Math.max(start, busyUntil));
    busyUntil = Math.max(busyUntil, sent);
    delayedEmits++;
  };
  const server = await createChatServer({
    port: 0,
    host: "127.0.0.1",
    token: options.token,
    validateIncoming: options.validateIncoming,
    rateLimit: options.rateLimit,
    redis: options.redis,
    logger: quiet,
    configure:
      latency > 0
        ? (io) =>
            // Registered before the server's own handlers: every emit to this socket,
            // DATA_RECEIVED included, leaves `latency` ms late. Equal delays keep the order.
            io.on("connection", (socket) => {
              const emit = socket.emit.bind(socket) as (...args: unknown[]) => boolean;
              (socket as { emit: (...args: unknown[]) => boolean }).emit = (...args) => {
                const start = performance.now();
                setTimeout(() => {
                  cover(start, performance.now());
                  emit(...args);
                }, latency);
                return true;
              };
            })
        : undefined,
  });
  process.on("message", (message: { type: string }) => {
    if (message.type === "usage") {
      const cpu = process.cpuUsage();
      const activeMs = performance.eventLoopUtilization().active;
      const sample: UsageSample = {
        cpuMs: (cpu.user + cpu.system) / 1000,
        activeMs,
        delayedEmits,
        latencyCoveredMs: coveredMs,
        rssBytes: process.memoryUsage().rss,
        counters: { ...server.counters },
        errorsLogged: logged.errors,
        warningsLogged: logged.warnings,
      };
      process.send?.({ type: "usage", ...sample });
    } else if (message.type === "close") {
      void server.close().then(() => process.exit(0));
    }
  });
  // The parent died without saying goodbye: do not linger.
  process.on("disconnect", () => void server.close().then(() => process.exit(0)));
  process.send?.({ type: "ready", url: server.url });
}

if (process.argv[1] === SELF && process.send !== undefined) {
  serve(JSON.parse(process.argv[2] ?? "{}") as ServerProcessOptions).catch((error: unknown) => {
    process.send?.({ type: "error", message: (error as Error).message });
    process.exit(1);
  });
}
