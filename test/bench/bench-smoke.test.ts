// Each benchmark runs in a tiny configuration and reports figures of the right shape.
// No timing thresholds here, on purpose: performance is measured by `npm run bench` and
// written to bench/RESULTS.md, never asserted in the test suite (this machine is shared).
import { describe, expect, it } from "vitest";
import { runCliStartup } from "../../bench/cli-startup.ts";
import { runCatalogueRuns } from "../../bench/catalogue-runs.ts";
import { runClusterLoad } from "../../bench/cluster-load.ts";
import { runCodegenDocs } from "../../bench/codegen-docs.ts";
import { runConformanceRun } from "../../bench/conformance-run.ts";
import type { BenchResult } from "../../bench/lib/figure.ts";
import { runInstallSize } from "../../bench/install-size.ts";
import { runLoad } from "../../bench/load.ts";
import { runFlood } from "../../bench/flood.ts";
import { runSoak } from "../../bench/soak.ts";
import { BENCHMARKS } from "../../bench/run.ts";
import { runValidationThroughput } from "../../bench/validation-throughput.ts";

function expectWellFormed(result: BenchResult, name: string): void {
  expect(result.name).toBe(name);
  expect(result.figures.length).toBeGreaterThan(0);
  expect(result.notes.length).toBeGreaterThan(0);
  const ids = result.figures.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const figure of result.figures) {
    expect(Number.isFinite(figure.value), `${figure.id} value ${figure.value}`).toBe(true);
    expect(figure.unit.length).toBeGreaterThan(0);
    if (figure.baseline !== undefined) {
      expect(figure.baseline.value, `${figure.id} baseline`).toBeGreaterThan(0);
      expect(figure.ratio, `${figure.id} ratio`).toBeGreaterThan(0);
    }
    if (figure.target !== undefined) expect(typeof figure.target.met).toBe("boolean");
  }
}

function figure(result: BenchResult, id: string) {
  const found = result.figures.find((f) => f.id === id);
  if (found === undefined)
    throw new Error(`no figure ${id} in ${result.figures.map((f) => f.id).join(", ")}`);
  return found;
}

// Child processes (servers, `chat-contract test`, npm run generate/docs) on a shared
// 2-core machine: bounds well above a normal run, never a performance assertion.
const SLOW = 180_000;

describe("bench smoke: every benchmark runs and reports", () => {
  it("lists one runner per benchmark file", () => {
    expect(BENCHMARKS.map((b) => b.name)).toEqual([
      "validation-throughput",
      "conformance-run",
      "catalogue-runs",
      "load",
      "cluster-load",
      "soak",
      "flood",
      "codegen-docs",
      "diff-accuracy",
      "cli-startup",
      "install-size",
    ]);
  });

  it("validation throughput: all four validators agree with the corpus and get a rate and a ratio", async () => {
    const result = await runValidationThroughput({
      perEvent: 4,
      rounds: 1,
      passes: 1,
      warmupPasses: 0,
    });
    expectWellFormed(result, "validation-throughput");
    const mixed = figure(result, "validation.mixed.validate-event");
    expect(mixed.value).toBeGreaterThan(0);
    expect(mixed.baseline?.label).toBe("asyncapi-validator");
    expect(mixed.target?.on).toBe("ratio");
    expect(result.notes.join(" ")).toContain("rejected 30/30 invalid");
    for (const event of ["MESSAGE_RECEIVED", "FILE_UPLOADED", "USER_CHANGED_GROUP"]) {
      const perEvent = figure(result, `validation.hand-written.${event}.generated-bare`);
      expect(perEvent.baseline?.label).toBe("hand-written check");
      expect(perEvent.target?.on).toBe("ratio");
    }
    expect(figure(result, "validation.invalid-cost.validate-event").target?.on).toBe("ratio");
  });

  it(
    "load: delivers every message, validated on arrival, with the guard on and off and an A/A pair",
    async () => {
      const result = await runLoad({
        clients: 3,
        rate: 5,
        durationMs: 200,
        window: 1,
        rounds: 1,
        warmupMs: 100,
        pairClients: 2,
        pairRate: 20,
      });
      expectWellFormed(result, "load");
      expect(figure(result, "load.fixed.delivered").value).toBeGreaterThan(0);
      expect(figure(result, "load.fixed.capacity").target?.on).toBe("ratio");
      expect(figure(result, "load.fixed.noise-floor").ratio).toBeGreaterThan(0);
      expect(result.notes.join(" ")).toMatch(
        /(\d+) of \1 expected deliveries arrived, 0 contract violation/,
      );
    },
    SLOW,
  );

  it(
    "cluster load: every message crosses the nodes, with Redis commands counted per event",
    async () => {
      const result = await runClusterLoad({
        clients: 4,
        rate: 10,
        durationMs: 200,
        window: 1,
        rounds: 1,
        warmupMs: 100,
      });
      // .ci/run installs redis-server; a machine without it gets a skipped section, not figures.
      expect(result.skipped).toBeUndefined();
      expectWellFormed(result, "cluster-load");
      expect(figure(result, "cluster.delivered-ratio").value).toBe(1);
      expect(figure(result, "cluster.fixed.delivered.redis-n").ratio).toBeGreaterThan(0);
      // One XADD per MESSAGE_SENT at least: the broadcasts really went through Redis.
      expect(figure(result, "cluster.fixed.redis-commands").baseline!.value).toBeGreaterThan(0);
      expect(result.notes.join(" ")).toMatch(
        /(\d+) of \1 expected deliveries arrived, 0 contract violation/,
      );
    },
    SLOW,
  );

  it(
    "conformance run: wall time split by phase, and the +latency comparison",
    async () => {
      const result = await runConformanceRun({ runs: 1, testArgs: ["--fuzz", "2"] });
      expectWellFormed(result, "conformance-run");
      expect(figure(result, "conformance.wall").value).toBeGreaterThan(0);
      expect(figure(result, "conformance.process-start").ratio).toBeGreaterThan(0);
      expect(figure(result, "conformance.phase.scenarios").value).toBeGreaterThan(0);
      expect(figure(result, "conformance.latency.suite").ratio).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    "codegen and docs: both commands run and are compared with start-up",
    async () => {
      const result = await runCodegenDocs({ runs: 1 });
      expectWellFormed(result, "codegen-docs");
      expect(figure(result, "codegen.generate").value).toBeGreaterThan(0);
      expect(figure(result, "docs.render").ratio).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    "soak: RSS over time, delivered/accepted and the attackers' outcomes, in a short round",
    async () => {
      const result = await runSoak({
        durationMs: 1500,
        settleMs: 1500,
        idleMs: 1000,
        sampleEveryMs: 250,
      });
      expectWellFormed(result, "soak");
      // Correctness, not speed: nothing accepted lost, no error logged, every deep payload refused.
      expect(figure(result, "soak.delivered-ratio").value).toBe(1);
      expect(figure(result, "soak.errors-logged").value).toBe(0);
      expect(figure(result, "soak.flood.sent").value).toBeGreaterThan(0);
      expect(figure(result, "soak.rss.peak-vs-no-attackers").ratio).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    "cli start-up: the package's --help is timed beside bare node",
    async () => {
      const result = await runCliStartup({ runs: 1, standalone: false });
      expectWellFormed(result, "cli-startup");
      expect(figure(result, "startup.package").target?.on).toBe("value");
      expect(figure(result, "startup.sources").ratio).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    "flood: every sender's account balances, in a short round",
    async () => {
      const result = await runFlood({ senders: 3, rate: 200, durationMs: 1000, readers: 2 });
      expectWellFormed(result, "flood");
      expect(figure(result, "flood.balanced-senders").value).toBe(3);
      expect(figure(result, "flood.disconnected").value).toBe(0);
    },
    SLOW,
  );

  it(
    "install size: the packed tarball installs and its packages and bytes are counted",
    async () => {
      const result = await runInstallSize({ withBaseline: false });
      expectWellFormed(result, "install-size");
      // chat-contract itself plus at least socket.io, its client, ajv and fast-check.
      expect(figure(result, "install.packages").value).toBeGreaterThan(5);
      expect(figure(result, "install.size").value).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    "catalogue runs: a broken server, a hostile one and a broken cluster get their verdict, timed beside the reference run",
    async () => {
      const result = await runCatalogueRuns({
        referenceRuns: 1,
        broken: ["extra-field"],
        hostile: ["silent"],
        clusters: ["per-node-state"],
      });
      expectWellFormed(result, "catalogue-runs");
      expect(result.notes.filter((n) => n.includes("expected 1"))).toEqual([]);
      expect(figure(result, "catalogue.broken.extra-field").ratio).toBeGreaterThan(0);
      expect(figure(result, "hostile.silent.rss").value).toBeGreaterThan(0);
      expect(figure(result, "hostile.silent.report").value).toBeGreaterThan(0);
      expect(figure(result, "catalogue.cluster.per-node-state").ratio).toBeGreaterThan(0);
      expect(figure(result, "catalogue.cluster.blamed").value).toBe(1);
    },
    SLOW,
  );
});
