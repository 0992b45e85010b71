// The engine: resolve options, start the embedded reference server when no URL is given,
// run the phases, build the report. Progress goes to the listener as it happens.
import { randomBytes, randomInt } from "node:crypto";
import { buildReport } from "./build-report.ts";
import type { EngineListener } from "./engine-events.ts";
import {
  DEFAULT_PATH,
  DEFAULT_TIMEOUT_MS,
  RUN_BOUND_IN_WAITS,
  type EngineOptions,
  type ResolvedOptions,
} from "./engine-options.ts";
import { PHASES } from "./phases.ts";
import type { RunReport } from "./results.ts";
import { RunContext } from "./run-context.ts";
import { randomRunId } from "./run-ids.ts";
import { SCENARIOS } from "./scenarios/index.ts";

interface Target {
  url: string;
  embedded: boolean;
  token: string | undefined;
  close(): Promise<void>;
}

/**
 * The embedded reference server on a free local port. It gets a token of its own so the
 * wrong-token handshake is tested too; its log stays quiet (the report says what matters).
 */
async function embeddedTarget(
  token: string | undefined,
  jwtSecret: string | undefined,
): Promise<Target> {
  const { createChatServer } = await import("../server/index.ts");
  const quiet = { info() {}, warn() {}, error() {} };
  // With --jwt-secret the embedded server checks per-user JWTs instead of a shared token.
  const ownToken = jwtSecret !== undefined ? undefined : (token ?? randomBytes(12).toString("hex"));
  const server = await createChatServer({
    port: 0,
    host: "127.0.0.1",
    ...(ownToken === undefined ? { jwtSecret } : { token: ownToken }),
    logger: quiet,
  });
  return { url: server.url, embedded: true, token: ownToken, close: () => server.close() };
}

function resolve(options: EngineOptions, target: Target): ResolvedOptions {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    url: target.url,
    nodes: [target.url, ...(options.moreUrls ?? [])],
    embedded: target.embedded,
    token: target.token,
    jwtSecret: options.jwtSecret,
    timeoutMs,
    runTimeoutMs: options.runTimeoutMs ?? RUN_BOUND_IN_WAITS * timeoutMs,
    only: options.only,
    skip: options.skip,
    fuzz: options.fuzz ?? 0,
    // Drawn here, not in the fuzz phase, so the report and its reproduce commands name it.
    seed: options.seed ?? randomInt(0, 0x7fffffff),
    fuzzCases: options.fuzzCases,
    transports: options.transports ?? ["websocket"],
    runId: options.runId ?? randomRunId(),
    path: options.path ?? DEFAULT_PATH,
    checks: options.checks,
    excludeChecks: options.excludeChecks,
    maxFailures: options.maxFailures,
    trace: options.trace,
  };
}

/**
 * Runs the conformance suite against `options.url` (or the embedded reference server) and
 * resolves with the report. Rejects with a TargetError when the server cannot be judged at
 * all (unreachable, or it refuses the suite's own handshake).
 *
 * @example
 * const report = await runConformance({ url: "http://localhost:3000", timeoutMs: 1000 });
 * if (!report.ok) console.log(report.events.MESSAGE_RECEIVED.violations);
 */
export async function runConformance(
  options: EngineOptions = {},
  listener: EngineListener = () => {},
): Promise<RunReport> {
  const started = performance.now();
  const target: Target =
    options.url === undefined
      ? await embeddedTarget(options.token, options.jwtSecret)
      : { url: options.url, embedded: false, token: options.token, close: async () => {} };
  try {
    const ctx = new RunContext(resolve(options, target), listener);
    listener({
      type: "run-started",
      target: { url: target.url, embedded: target.embedded },
      scenarios: SCENARIOS.map(({ name, description }) => ({ name, description })),
    });
    try {
      for (const phase of PHASES) {
        if (phase.enabled !== undefined && !phase.enabled(ctx)) continue;
        if (ctx.stopReason !== undefined && !phase.always) continue;
        listener({ type: "phase-started", phase: phase.name });
        const phaseStarted = performance.now();
        await phase.run(ctx);
        const durationMs = Math.round(performance.now() - phaseStarted);
        ctx.timings[phase.name] = durationMs;
        listener({ type: "phase-finished", phase: phase.name, durationMs });
      }
    } finally {
      ctx.closeAll();
    }
    const report = buildReport(ctx, performance.now() - started);
    listener({ type: "run-finished", report });
    return report;
  } finally {
    await target.close();
  }
}
