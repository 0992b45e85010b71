// The default run (`chat-contract test --url URL`, fuzz round included) against every broken
// server of the catalogue and every hostile server, each in a process of its own, beside
// the same run against the reference server: a broken server must get its verdict about as
// fast as a conformant one (issue 11: at most 2x), and a hostile one within the run's
// bound and 300 MB of suite memory, with a report written.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compared, type BenchResult, type Figure } from "./lib/figure.ts";
import { timeProcess } from "./lib/process.ts";
import { median } from "./lib/stats.ts";
import { BROKEN_SERVERS } from "../test/fixtures/broken-servers/index.ts";
import { HOSTILE_SERVERS } from "../test/fixtures/hostile-servers/index.ts";
import { startUrlProcess, type UrlProcess } from "../test/support/url-process.ts";
import { requireRedisServer, startRedis } from "../test/cluster/redis-process.ts";
import { BROKEN_CLUSTERS, referenceCluster } from "./lib/broken-clusters.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PRELOAD = path.join(ROOT, "bench/lib/max-rss-preload.mjs");
const BIN = path.join(ROOT, "bin/chat-contract.js");

export interface CatalogueOptions {
  referenceRuns: number;
  /** Only these broken servers (default all); the smoke test runs a couple. */
  broken?: readonly string[];
  hostile?: readonly string[];
  /** Only these broken clusters (default all; they need redis-server). */
  clusters?: readonly string[];
}

/** A fixture server script in a process of its own (tsx), once it printed its URL. */
const startFixture = (script: string, args: string[]): Promise<UrlProcess> =>
  startUrlProcess(["--import", "tsx", script, ...args], ROOT);

const stop = (server: UrlProcess) => server.stop();

interface SuiteRun {
  wallMs: number;
  code: number | null;
  maxRssMb: number;
  reportBytes: number;
}

/** `chat-contract test --url URL… --reporter json --output FILE` as a user runs it. */
async function runSuite(
  url: string | readonly string[],
  dir: string,
  name: string,
): Promise<SuiteRun> {
  const output = path.join(dir, `${name}.json`);
  const urls = (typeof url === "string" ? [url] : url).flatMap((u) => ["--url", u]);
  const run = await timeProcess(
    process.execPath,
    ["--import", PRELOAD, BIN, "test", ...urls, "--reporter", "json", "--output", output],
    { cwd: ROOT, timeoutMs: 600_000 },
  );
  const rss = /max-rss-kb (\d+)/.exec(run.stderr)?.[1];
  let reportBytes = 0;
  try {
    reportBytes = statSync(output).size;
  } catch {
    reportBytes = 0;
  }
  return {
    wallMs: run.wallMs,
    code: run.code,
    maxRssMb: rss === undefined ? Number.NaN : Number(rss) / 1024,
    reportBytes,
  };
}

/** The `event / check` pairs a JSON report blames (as test/conformance/run-cli.ts blamed()). */
function blamedIn(file: string): Set<string> {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    checks: Array<{ name: string; violations: Array<{ event?: string }> }>;
  };
  return new Set(
    report.checks.flatMap((c) => c.violations.map((v) => `${v.event ?? "-"} / ${c.name}`)),
  );
}

/** Broken clusters beside the reference server as a cluster of as many nodes, on one Redis. */
async function clusterRows(
  options: CatalogueOptions,
  dir: string,
  figures: Figure[],
  notes: string[],
): Promise<void> {
  const chosen = BROKEN_CLUSTERS.filter((c) => options.clusters?.includes(c.name) ?? true);
  if (chosen.length === 0) return;
  try {
    requireRedisServer();
  } catch (error) {
    notes.push(`Broken clusters skipped: ${(error as Error).message}`);
    return;
  }
  const redis = await startRedis();
  try {
    const reference = await referenceCluster(redis.url);
    const walls: number[] = [];
    try {
      const urls = reference.map((n) => n.url);
      for (let i = 0; i < options.referenceRuns; i++) {
        const run = await runSuite(urls, dir, `reference-cluster-${i}`);
        if (run.code !== 0) notes.push(`reference cluster: exit ${String(run.code)}, expected 0`);
        walls.push(run.wallMs);
      }
    } finally {
      await Promise.all(reference.map(stop));
    }
    const base = {
      label: `the reference server as ${reference.length} nodes on Redis`,
      value: median(walls),
    };
    figures.push({
      id: "catalogue.reference-cluster",
      label: `default run against ${reference.length} reference nodes on Redis: wall time`,
      value: base.value,
      unit: "ms",
    });
    let right = 0;
    const ratios: { name: string; ratio: number }[] = [];
    for (const cluster of chosen) {
      const nodes = await cluster.start(redis.url);
      try {
        const run = await runSuite(
          nodes.map((n) => n.url),
          dir,
          `cluster-${cluster.name}`,
        );
        const blamed =
          run.code === 1
            ? blamedIn(path.join(dir, `cluster-${cluster.name}.json`))
            : new Set<string>();
        const missing = cluster.blames.filter((b) => !blamed.has(b));
        if (run.code !== 1)
          notes.push(`cluster ${cluster.name}: exit ${String(run.code)}, expected 1`);
        else if (missing.length > 0)
          notes.push(`cluster ${cluster.name}: the verdict does not blame ${missing.join(", ")}`);
        else right++;
        ratios.push({ name: cluster.name, ratio: run.wallMs / base.value });
        figures.push(
          compared(
            {
              id: `catalogue.cluster.${cluster.name}`,
              label: `broken cluster ${cluster.name} (${nodes.length} nodes): wall time`,
              value: run.wallMs,
              unit: "ms",
            },
            base,
          ),
        );
      } finally {
        await Promise.all(nodes.map(stop));
      }
    }
    const worst = [...ratios].sort((a, b) => a.ratio - b.ratio).at(-1)!;
    figures.push({
      id: "catalogue.cluster.worst-ratio",
      label: `broken clusters: the slowest verdict (${worst.name}) over the reference cluster run's`,
      value: worst.ratio,
      unit: "x",
      target: { text: "<= 2x the reference run", met: worst.ratio <= 2, on: "value" },
    });
    figures.push({
      id: "catalogue.cluster.blamed",
      label: `broken clusters whose verdict (exit 1) blames the expected event`,
      value: right,
      unit: `of ${chosen.length}`,
      target: {
        text: `= ${chosen.length} (every broken cluster)`,
        met: right === chosen.length,
        on: "value",
      },
    });
    notes.push(
      `Broken clusters (each node a process of its own, --url once per node): ${chosen.map((c) => `${c.name}, ${c.description}, must blame ${c.blames.join(" and ")}`).join("; ")}. Their ratios are over the reference server run as the same number of \`serve --redis\` nodes on the same throwaway redis-server.`,
    );
  } finally {
    await redis.stop();
  }
}

export async function runCatalogueRuns(
  options: CatalogueOptions = { referenceRuns: 3 },
): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-catalogue-"));
  const figures: Figure[] = [];
  const notes: string[] = [];
  try {
    const reference = await startFixture(path.join(ROOT, "bin/dev.js"), ["serve", "--port", "0"]);
    const walls: number[] = [];
    try {
      for (let i = 0; i < options.referenceRuns; i++)
        walls.push((await runSuite(reference.url, dir, `reference-${i}`)).wallMs);
    } finally {
      await stop(reference);
    }
    const base = { label: "the reference server", value: median(walls) };
    figures.push({
      id: "catalogue.reference",
      label: "default run against the reference server: wall time",
      value: base.value,
      unit: "ms",
    });

    const ratios: { name: string; ratio: number }[] = [];
    for (const broken of BROKEN_SERVERS) {
      if (options.broken !== undefined && !options.broken.includes(broken.name)) continue;
      const server = await startFixture(path.join(ROOT, "test/fixtures/broken-servers/serve.ts"), [
        broken.name,
      ]);
      try {
        const run = await runSuite(server.url, dir, broken.name);
        if (run.code !== 1) notes.push(`${broken.name}: exit ${String(run.code)}, expected 1`);
        ratios.push({ name: broken.name, ratio: run.wallMs / base.value });
        figures.push(
          compared(
            {
              id: `catalogue.broken.${broken.name}`,
              label: `broken ${broken.name}: wall time`,
              value: run.wallMs,
              unit: "ms",
            },
            base,
          ),
        );
      } finally {
        await stop(server);
      }
    }
    if (ratios.length > 0) {
      const sorted = [...ratios].sort((a, b) => a.ratio - b.ratio);
      const worst = sorted.at(-1)!;
      figures.push({
        id: "catalogue.median-ratio",
        label: `broken servers (${ratios.length}): median wall time over the reference run's`,
        value: median(ratios.map((r) => r.ratio)),
        unit: "x",
        target: {
          text: "<= 2x the reference run",
          met: median(ratios.map((r) => r.ratio)) <= 2,
          on: "value",
        },
      });
      figures.push({
        id: "catalogue.worst-ratio",
        label: `broken servers: the slowest verdict (${worst.name}) over the reference run's`,
        value: worst.ratio,
        unit: "x",
        target: { text: "<= 2x the reference run", met: worst.ratio <= 2, on: "value" },
      });
    }

    for (const hostile of HOSTILE_SERVERS) {
      if (options.hostile !== undefined && !options.hostile.includes(hostile.name)) continue;
      const server = await startFixture(path.join(ROOT, "test/fixtures/hostile-servers/serve.ts"), [
        hostile.name,
      ]);
      try {
        const run = await runSuite(server.url, dir, `hostile-${hostile.name}`);
        if (run.code !== 1)
          notes.push(`hostile ${hostile.name}: exit ${String(run.code)}, expected 1`);
        if (run.reportBytes === 0) notes.push(`hostile ${hostile.name}: no report written`);
        figures.push(
          compared(
            {
              id: `hostile.${hostile.name}.wall`,
              label: `hostile ${hostile.name}: wall time`,
              value: run.wallMs,
              unit: "ms",
            },
            base,
          ),
        );
        figures.push({
          id: `hostile.${hostile.name}.rss`,
          label: `hostile ${hostile.name}: suite peak RSS`,
          value: run.maxRssMb,
          unit: "MB",
          target: { text: "<= 300 MB", met: run.maxRssMb <= 300, on: "value" },
        });
        figures.push({
          id: `hostile.${hostile.name}.report`,
          label: `hostile ${hostile.name}: JSON report size`,
          value: run.reportBytes / 1024,
          unit: "KiB",
        });
      } finally {
        await stop(server);
      }
    }
    await clusterRows(options, dir, figures, notes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  notes.push(
    "Every server runs in a process of its own and the suite as `node bin/chat-contract.js test --url URL --reporter json --output FILE` (compiled, process start included); ratios are over the median of the reference runs in the same bench run.",
    "Peak RSS is the suite process's own (process.resourceUsage().maxRSS at exit).",
  );
  return {
    name: "catalogue-runs",
    title: "Verdict time on broken and hostile servers",
    config: { ...options },
    figures,
    notes,
  };
}
