// Benchmark 5: how long `chat-contract --help` takes to answer, in each form a user can
// get it, beside bare `node -e 0` measured in the same rounds (the floor: node's own start).
//
//   node bin/chat-contract.js --help    the npm package: compiled JavaScript in dist/
//   node chat-contract.mjs --help       the single file (npm run build:standalone)
//   ./chat-contract --help              the single executable (Node's SEA)
//   node bin/dev.js --help              this checkout's npm scripts: the sources through tsx
//
// The single file and the executable are built into a temporary folder first.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../src/contract/index.ts";
import { requireFreshDist } from "../scripts/build/dist-freshness.ts";
import { compared, type BenchResult } from "./lib/figure.ts";
import { timeSuccessfulProcess } from "./lib/process.ts";
import { median } from "./lib/stats.ts";
import { alternate } from "./lib/timer.ts";

export interface CliStartupOptions {
  /** Runs of each command; figures are medians. */
  runs?: number;
  /** Build and time the single file and the executable too (about 10 s of building). */
  standalone?: boolean;
  timeoutMs?: number;
}

export const CLI_STARTUP_DEFAULTS = { runs: 15, standalone: true, timeoutMs: 30_000 };

/** The goal for the package's `--help`, in ms. */
const GOAL_MS = 120;

export async function runCliStartup(options: CliStartupOptions = {}): Promise<BenchResult> {
  const config = { ...CLI_STARTUP_DEFAULTS, ...options };
  requireFreshDist(PROJECT_ROOT);
  const tmp = await mkdtemp(path.join(os.tmpdir(), "chat-contract-bench-startup-"));
  try {
    if (config.standalone) {
      await timeSuccessfulProcess(
        process.execPath,
        ["--import", "tsx", "scripts/build/build-standalone.ts", "--out", tmp],
        { cwd: PROJECT_ROOT, timeoutMs: 180_000 },
      );
    }
    const wall = (command: string, args: string[]) => async () =>
      (
        await timeSuccessfulProcess(command, args, {
          cwd: PROJECT_ROOT,
          timeoutMs: config.timeoutMs,
        })
      ).wallMs;
    const node = process.execPath;
    const samples = await alternate(
      [
        { name: "node", run: wall(node, ["-e", "0"]) },
        { name: "package", run: wall(node, ["bin/chat-contract.js", "--help"]) },
        ...(config.standalone
          ? [
              {
                name: "single-file",
                run: wall(node, [path.join(tmp, "chat-contract.mjs"), "--help"]),
              },
              { name: "executable", run: wall(path.join(tmp, "chat-contract"), ["--help"]) },
            ]
          : []),
        { name: "sources", run: wall(node, ["bin/dev.js", "--help"]) },
      ],
      config.runs,
    );
    const baseline = { label: "node -e 0", value: median(samples["node"]!) };
    const figure = (id: string, label: string, name: string, goal = false) =>
      compared(
        {
          id,
          label,
          value: median(samples[name]!),
          unit: "ms",
          ...(goal
            ? {
                target: {
                  text: `<= ${GOAL_MS} ms`,
                  met: median(samples[name]!) <= GOAL_MS,
                  on: "value" as const,
                },
              }
            : {}),
        },
        baseline,
      );
    return {
      name: "cli-startup",
      title: "CLI start-up",
      config,
      figures: [
        figure(
          "startup.package",
          "node bin/chat-contract.js --help (npm package)",
          "package",
          true,
        ),
        ...(config.standalone
          ? [
              figure(
                "startup.single-file",
                "node chat-contract.mjs --help (single file)",
                "single-file",
              ),
              figure(
                "startup.executable",
                "./chat-contract --help (single executable)",
                "executable",
              ),
            ]
          : []),
        figure("startup.sources", "node bin/dev.js --help (sources through tsx)", "sources"),
      ],
      notes: [
        `Median of ${config.runs} runs of each, alternating, each a fresh process; the ratio is to bare node started in the same rounds.`,
        "The package's --help loads only the CLI and the command modules; socket.io, the suite, codegen and docs load when a command needs them.",
        "bin/dev.js is what this checkout's npm scripts run (no build step); users never pay its tsx loader.",
      ],
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
