// `npm run bench`: runs each benchmark in turn, prints every figure with its baseline and
// ratio, and writes bench/RESULTS.md (machine, date, command, figures) atomically.
//
//   npm run bench                           everything (a few minutes)
//   npm run bench -- --only load,codegen-docs
//   npm run bench -- --out /tmp/results.md  write elsewhere (RESULTS.md is committed)
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { BenchResult } from "./lib/figure.ts";
import { machineInfo } from "./lib/machine.ts";
import { consoleLine, renderMarkdown, writeAtomic, type RunRecord } from "./lib/report.ts";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

interface Benchmark {
  name: string;
  title: string;
  /** Imported on demand: one benchmark that cannot load does not stop the others. */
  run: () => Promise<BenchResult>;
}

export const BENCHMARKS: Benchmark[] = [
  {
    name: "validation-throughput",
    title: "Validation throughput",
    run: async () => (await import("./validation-throughput.ts")).runValidationThroughput(),
  },
  {
    name: "conformance-run",
    title: "Conformance run",
    run: async () => (await import("./conformance-run.ts")).runConformanceRun(),
  },
  {
    name: "catalogue-runs",
    title: "Verdict time on broken and hostile servers",
    run: async () => (await import("./catalogue-runs.ts")).runCatalogueRuns(),
  },
  {
    name: "load",
    title: "Load through the reference server",
    run: async () => (await import("./load.ts")).runLoad(),
  },
  {
    name: "cluster-load",
    title: "One node in memory vs one and three nodes on Redis",
    run: async () => (await import("./cluster-load.ts")).runClusterLoad(),
  },
  {
    name: "soak",
    title: "Soak under hostile clients",
    run: async () => (await import("./soak.ts")).runSoak(),
  },
  {
    name: "flood",
    title: "10-sender flood at the rate limit",
    run: async () => (await import("./flood.ts")).runFlood(),
  },
  {
    name: "codegen-docs",
    title: "Codegen and docs",
    run: async () => (await import("./codegen-docs.ts")).runCodegenDocs(),
  },
  {
    name: "diff-accuracy",
    title: "Breaking-change detection accuracy",
    run: async () => (await import("./diff-accuracy.ts")).runDiffAccuracy(),
  },
  {
    name: "cli-startup",
    title: "CLI start-up",
    run: async () => (await import("./cli-startup.ts")).runCliStartup(),
  },
  {
    name: "install-size",
    title: "Install size for test --url",
    run: async () => (await import("./install-size.ts")).runInstallSize(),
  },
];

function gitCommit(): string {
  try {
    const cwd = path.dirname(BENCH_DIR);
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd,
      encoding: "utf8",
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
      cwd,
      encoding: "utf8",
    }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return "unknown (not a git checkout)";
  }
}

function commandLine(argv: readonly string[]): string {
  const extra = argv.length > 0 ? ` -- ${argv.join(" ")}` : "";
  return process.env["npm_lifecycle_event"] === "bench"
    ? `npm run bench${extra}`
    : `node --import tsx bench/run.ts${argv.length ? ` ${argv.join(" ")}` : ""}`;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { only: { type: "string" }, out: { type: "string" } },
    strict: true,
  });
  const only = values.only?.split(",").map((s) => s.trim());
  const unknown = only?.filter((name) => !BENCHMARKS.some((b) => b.name === name)) ?? [];
  if (unknown.length > 0) {
    console.error(
      `bench: unknown benchmark(s) ${unknown.join(", ")}; known: ${BENCHMARKS.map((b) => b.name).join(", ")}`,
    );
    return 2;
  }
  const outFile = path.resolve(values.out ?? path.join(BENCH_DIR, "RESULTS.md"));
  const record: RunRecord = {
    date: new Date().toISOString(),
    command: commandLine(argv),
    commit: gitCommit(),
    machine: machineInfo(),
    totalMs: 0,
    results: [],
    failures: [],
  };
  const started = performance.now();
  for (const bench of BENCHMARKS.filter((b) => !only || only.includes(b.name))) {
    console.log(`\n${bench.title} (bench/${bench.name}.ts)`);
    const t0 = performance.now();
    try {
      const result = await bench.run();
      record.results.push(result);
      if (result.skipped !== undefined) console.log(`  skipped: ${result.skipped}`);
      for (const figure of result.figures) console.log(consoleLine(figure));
      console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      record.failures.push({
        name: bench.name,
        title: bench.title,
        error: message.split("\n").slice(0, 8).join("\n"),
      });
      console.error(`  could not run: ${message}`);
    }
  }
  record.totalMs = performance.now() - started;
  await writeAtomic(outFile, renderMarkdown(record));
  console.log(
    `\nwrote ${path.relative(process.cwd(), outFile)} (${(record.totalMs / 1000).toFixed(1)} s in all)`,
  );
  return record.failures.length > 0 ? 1 : 0;
}

// Only when run as the script, so a test can import BENCHMARKS without running them.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
