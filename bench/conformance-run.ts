// Benchmark 2: how long `chat-contract test` takes, and whether that time is round trips
// or fixed waits.
//
//   embedded      the default run: `chat-contract test` starts its own reference server
//   external +0   the suite against a reference server in another process (--url)
//   external +20  the same, the server delaying every emit by 20 ms (configure hook)
// Each is a fresh `node bin/chat-contract.js test --reporter json --output FILE` process;
// rounds alternate the kinds. Phase times come from the JSON report (RunReport.timings);
// process start = wall time - report.durationMs. The latency server also measures how long
// a delayed event was in flight during the run: the suite's time beyond that is time it
// spent on anything but waiting for the server (its own work, or fixed sleeps).
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../src/contract/index.ts";
import type { RunReport } from "../src/conformance/results.ts";
import { compared, type BenchResult, type Figure } from "./lib/figure.ts";
import { timeProcess, timeSuccessfulProcess } from "./lib/process.ts";
import { startServerProcess, type ServerProcess, type UsageSample } from "./lib/server-process.ts";
import { median } from "./lib/stats.ts";
import { alternate } from "./lib/timer.ts";

export interface ConformanceRunOptions {
  /** Runs of each kind; figures are medians. */
  runs?: number;
  /** The latency the slow server adds to every emit. */
  latencyMs?: number;
  /** Fuzz seed of the external runs (the default run draws its own, as a user's would). */
  seed?: number;
  /** Extra arguments for every `chat-contract test` (e.g. ["--fuzz", "5"]); default none: the default run. */
  testArgs?: string[];
  timeoutMs?: number;
}

export const CONFORMANCE_DEFAULTS = {
  seed: 20261128,
  runs: 4,
  latencyMs: 20,
  testArgs: [] as string[],
  timeoutMs: 120_000,
};

const CLI = path.join(PROJECT_ROOT, "bin", "chat-contract.js");
const TARGET_WALL_MS = 2000;

export interface SuiteRun {
  wallMs: number;
  /** Node, the CLI's imports (compiled, dist/), argument parsing; and writing the report, exit. */
  processStartMs: number;
  /** report.durationMs minus its phases: embedded server start, report building. */
  setupMs: number;
  /** Sum of the report's phases (connect, scenarios, fuzz, close). */
  suiteMs: number;
  timings: Record<string, number>;
  ok: boolean;
  /** From the latency server: time with a delayed emit in flight, and how many emits. */
  latencyCoveredMs?: number;
  delayedEmits?: number;
}

async function runSuite(
  dir: string,
  args: string[],
  timeoutMs: number,
  server?: ServerProcess,
): Promise<SuiteRun> {
  const output = path.join(dir, `report-${randomBytes(4).toString("hex")}.json`);
  const before: UsageSample | undefined = await server?.usage();
  const run = await timeProcess(
    process.execPath,
    [CLI, "test", ...args, "--reporter", "json", "--output", output],
    {
      cwd: PROJECT_ROOT,
      timeoutMs,
      env: { ...process.env, NO_COLOR: "1" },
    },
  );
  const after = await server?.usage();
  let report: RunReport;
  try {
    report = JSON.parse(await readFile(output, "utf8")) as RunReport;
  } catch {
    throw new Error(
      `chat-contract test ${args.join(" ")} wrote no report (exit ${String(run.code)}):\n${run.stderr || run.stdout}`,
    );
  }
  const suiteMs = Object.values(report.timings).reduce((sum, ms) => sum + ms, 0);
  return {
    wallMs: run.wallMs,
    processStartMs: run.wallMs - report.durationMs,
    setupMs: report.durationMs - suiteMs,
    suiteMs,
    timings: report.timings,
    ok: report.ok,
    ...(before && after
      ? {
          latencyCoveredMs: after.latencyCoveredMs - before.latencyCoveredMs,
          delayedEmits: after.delayedEmits - before.delayedEmits,
        }
      : {}),
  };
}

const TEST_IMPORTS = [
  `await import(${JSON.stringify(path.join(PROJECT_ROOT, "dist/src/cli/test-command.js"))});`,
  `await import(${JSON.stringify(path.join(PROJECT_ROOT, "dist/src/server/index.js"))});`,
].join(" ");

async function wallOf(nodeArgs: string[], timeoutMs: number): Promise<number> {
  return (await timeSuccessfulProcess(process.execPath, nodeArgs, { cwd: PROJECT_ROOT, timeoutMs }))
    .wallMs;
}

interface StartFloor {
  /** node -e 0 */
  nodeMs: number;
  /** node importing the compiled test command and server only */
  testImportsMs: number;
}

const med = (runs: readonly SuiteRun[], pick: (r: SuiteRun) => number | undefined) =>
  median(runs.map((r) => pick(r) ?? 0));

export async function runConformanceRun(options: ConformanceRunOptions = {}): Promise<BenchResult> {
  const config = { ...CONFORMANCE_DEFAULTS, ...options };
  const dir = await mkdtemp(path.join(os.tmpdir(), "chat-contract-bench-"));
  const token = randomBytes(12).toString("hex");
  const servers: ServerProcess[] = [];
  try {
    const [fast, slow] = await Promise.all([
      startServerProcess({ validateIncoming: true, token }),
      startServerProcess({ validateIncoming: true, token, latencyMs: config.latencyMs }),
    ]);
    servers.push(fast!, slow!);
    // The same fuzz cases against both external servers, so only the latency differs.
    const external = (server: ServerProcess) => [
      "--seed",
      String(config.seed),
      ...config.testArgs,
      "--url",
      server.url,
      "--token",
      token,
    ];
    const samples = await alternate(
      [
        { name: "embedded", run: () => runSuite(dir, config.testArgs, config.timeoutMs) },
        { name: "fast", run: () => runSuite(dir, external(fast!), config.timeoutMs, fast) },
        { name: "slow", run: () => runSuite(dir, external(slow!), config.timeoutMs, slow) },
      ],
      config.runs,
    );
    // What start-up would cost if the CLI loaded only what `test` needs: node, the
    // test command's modules and the embedded server's (compiled, as the bin runs them).
    const floor = await alternate(
      [
        { name: "node", run: () => wallOf(["-e", "0"], config.timeoutMs) },
        {
          name: "test",
          run: () => wallOf(["--input-type=module", "-e", TEST_IMPORTS], config.timeoutMs),
        },
      ],
      config.runs,
    );
    return report(config, samples as Record<"embedded" | "fast" | "slow", SuiteRun[]>, {
      nodeMs: median(floor["node"]!),
      testImportsMs: median(floor["test"]!),
    });
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    await rm(dir, { recursive: true, force: true });
  }
}

function report(
  config: typeof CONFORMANCE_DEFAULTS,
  runs: Record<"embedded" | "fast" | "slow", SuiteRun[]>,
  floor: StartFloor,
): BenchResult {
  const { embedded, fast, slow } = runs;
  const phases = [...new Set(embedded.flatMap((r) => Object.keys(r.timings)))];
  const wall = med(embedded, (r) => r.wallMs);
  const startMs = med(embedded, (r) => r.processStartMs);
  const fastSuite = med(fast, (r) => r.suiteMs);
  const slowSuite = med(slow, (r) => r.suiteMs);
  const covered = med(slow, (r) => r.latencyCoveredMs);
  const beyond = median(slow.map((r) => r.suiteMs - (r.latencyCoveredMs ?? 0)));
  const roundTrips = (slowSuite - fastSuite) / config.latencyMs;
  const passed = [...embedded, ...fast, ...slow].filter((r) => r.ok).length;
  const total = embedded.length + fast.length + slow.length;
  const latency = `+${config.latencyMs} ms`;
  // Phases worth a row: the ones that take time (close is a few ms either way).
  const latencyPhases = [...new Set(slow.flatMap((r) => Object.keys(r.timings)))].filter(
    (phase) => med(slow, (r) => r.timings[phase]) >= 1 && med(fast, (r) => r.timings[phase]) > 0,
  );
  const figures: Figure[] = [
    {
      id: "conformance.wall",
      label: "default `chat-contract test` (embedded server): wall time",
      value: wall,
      unit: "ms",
      target: { text: `< ${TARGET_WALL_MS} ms wall time`, met: wall < TARGET_WALL_MS, on: "value" },
    },
    compared(
      {
        id: "conformance.process-start",
        label: "default run: process start (wall - report.durationMs)",
        value: startMs,
        unit: "ms",
      },
      {
        label: "node importing only the test command and the server",
        value: floor.testImportsMs,
      },
    ),
    {
      id: "conformance.setup",
      label: "default run: embedded server start and report (durationMs - phases)",
      value: med(embedded, (r) => r.setupMs),
      unit: "ms",
    },
    ...phases.map((phase) => ({
      id: `conformance.phase.${phase}`,
      label: `default run: phase ${phase}`,
      value: med(embedded, (r) => r.timings[phase]),
      unit: "ms",
    })),
    compared(
      {
        id: "conformance.latency.suite",
        label: `suite phases against a server ${latency} per emit`,
        value: slowSuite,
        unit: "ms",
      },
      { label: "same server process, no added latency", value: fastSuite },
    ),
    ...latencyPhases.map((phase) =>
      compared(
        {
          id: `conformance.latency.phase.${phase}`,
          label: `${latency} run: phase ${phase}`,
          value: med(slow, (r) => r.timings[phase]),
          unit: "ms",
        },
        { label: "no added latency", value: med(fast, (r) => r.timings[phase]) },
      ),
    ),
    {
      id: "conformance.latency.round-trips",
      label: `sequential ${latency} waits implied ((slow - fast) / ${config.latencyMs} ms)`,
      value: roundTrips,
      unit: "waits",
    },
    compared(
      {
        id: "conformance.latency.beyond",
        label: `${latency} run: suite time with no delayed event in flight`,
        value: beyond,
        unit: "ms",
        target: {
          text: "time beyond round trips stays small: <= 25% of the +latency run",
          met: beyond <= 0.25 * slowSuite,
          on: "value",
        },
      },
      { label: `suite phases at ${latency}`, value: slowSuite },
    ),
  ];
  return {
    name: "conformance-run",
    title: "Conformance run",
    config,
    figures,
    notes: [
      `Medians of ${config.runs} runs of each kind, alternating; each run is a fresh \`node bin/chat-contract.js test${config.testArgs.length ? ` ${config.testArgs.join(" ")}` : ""} --reporter json --output FILE\` process. ${passed} of ${total} runs reported the server conformant.`,
      `Phases present in the default run: ${phases.join(", ")}${phases.includes("fuzz") ? "" : " (no fuzz phase: the default run does not fuzz)"}.`,
      `Latency: bench/lib/server-process.ts wraps socket.emit in the server's configure hook so every server -> client event leaves ${config.latencyMs} ms late (DATA_RECEIVED and ERROR_OCCURED included; the handshake's CONNECT/CONNECT_ERROR and client -> server frames are not delayed).`,
      `In the ${latency} runs a delayed emit was in flight for ${Math.round(covered)} ms of the ${Math.round(slowSuite)} ms of suite phases (median ${Math.round(med(slow, (r) => r.delayedEmits))} delayed emits); the rest (${Math.round(beyond)} ms) is the suite's own work plus any fixed waits. Without added latency the same phases take ${Math.round(fastSuite)} ms.`,
      `Process start is the wall time seen from outside minus the report's own duration, so it also holds writing the report and exiting. Its baseline is a process that imports only dist/src/cli/test-command.js and dist/src/server/index.js (${Math.round(floor.testImportsMs)} ms); node and nothing else takes ${Math.round(floor.nodeMs)} ms.`,
      ...(startMs > 1.5 * floor.testImportsMs
        ? [
            "Most of the process start is src/cli.ts importing every command's module (docs pulls in @asyncapi/react-component and @asyncapi/parser) before it knows which one runs; importing the chosen command on demand would remove it.",
          ]
        : []),
    ],
  };
}
