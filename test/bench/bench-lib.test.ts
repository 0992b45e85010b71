import { describe, expect, it } from "vitest";
import { EVENT_NAMES } from "../../src/contract/index.ts";
import { buildCorpus, corpusStats } from "../../bench/lib/corpus.ts";
import { compared } from "../../bench/lib/figure.ts";
import { machineInfo } from "../../bench/lib/machine.ts";
import { consoleLine, renderMarkdown } from "../../bench/lib/report.ts";
import { median, percentile } from "../../bench/lib/stats.ts";
import { interleaveChunks, rotate } from "../../bench/lib/timer.ts";
import { agreementOf } from "../../bench/validation-throughput.ts";
import { runClusterLoad } from "../../bench/cluster-load.ts";
import { validateEvent } from "../../src/contract/index.ts";

describe("bench stats", () => {
  it("takes the median of odd and even counts without reordering the input", () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("reports percentiles by nearest rank: always a measured value", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(() => percentile([], 50)).toThrow(RangeError);
  });
});

describe("bench timing", () => {
  it("rotates who goes first so no subject always runs first", () => {
    expect(rotate(["a", "b", "c"], 1)).toEqual(["b", "c", "a"]);
    expect(rotate(["a", "b", "c"], 3)).toEqual(["a", "b", "c"]);
  });

  it("gives every subject every chunk once per pass and one rate per round", () => {
    const seen: Record<string, number[]> = { a: [], b: [] };
    const rates = interleaveChunks(
      ["a", "b"].map((name) => ({ name, run: (c: number) => (seen[name]!.push(c), 10) })),
      { chunks: 3, passes: 2, rounds: 2, warmupPasses: 1 },
    );
    expect(seen["a"]).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2]);
    expect(rates["a"]).toHaveLength(2);
    expect(rates["b"]!.every((r) => r > 0)).toBe(true);
  });
});

describe("bench corpus", () => {
  it("covers all 15 events, half valid, and is the same for the same seed", () => {
    const corpus = buildCorpus({ perEvent: 10, seed: 7 });
    const stats = corpusStats(corpus);
    expect(stats).toMatchObject({ items: 150, valid: 75, invalid: 75, events: EVENT_NAMES.length });
    expect(JSON.stringify(buildCorpus({ perEvent: 10, seed: 7 }))).toBe(JSON.stringify(corpus));
  });

  it("labels every payload as the contract's validators judge it", () => {
    const corpus = buildCorpus({ perEvent: 40, seed: 11 });
    const agreement = agreementOf(
      { name: "validateEvent", isValid: (e, p) => validateEvent(e, p).length === 0 },
      corpus,
    );
    expect(agreement.disagreements).toEqual([]);
  });

  it("includes payloads of realistic size: KB-long messages and snapshots with dozens of users", () => {
    const corpus = buildCorpus({ perEvent: 200, seed: 20261128 });
    const longest = Math.max(
      ...corpus
        .filter((i) => i.event === "MESSAGE_SENT" && i.valid)
        .map((i) => (i.payload as { message: string }).message.length),
    );
    expect(longest).toBeGreaterThan(1000);
    const users = corpus
      .filter((i) => i.event === "DATA_RECEIVED" && i.valid)
      .map((i) => (i.payload as { data: { onlineUsers: unknown[] } }).data.onlineUsers.length);
    expect(Math.max(...users)).toBeGreaterThanOrEqual(24);
  });
});

describe("bench report", () => {
  const result = {
    name: "demo",
    title: "Demo",
    config: { n: 1 },
    figures: [
      compared(
        {
          id: "demo.rate",
          label: "subject",
          value: 300,
          unit: "payloads/s",
          target: { text: ">= 2x base", met: false, on: "ratio" as const },
        },
        { label: "base", value: 200 },
      ),
    ],
    notes: ["a note"],
  };

  it("prints each figure with its baseline, ratio and target", () => {
    expect(consoleLine(result.figures[0]!)).toBe(
      "  subject: 300 payloads/s | vs base 200 payloads/s | ratio 1.50x | target MISSED (>= 2x base)",
    );
  });

  it("writes the machine, the date, the command and every figure into RESULTS.md", () => {
    const md = renderMarkdown({
      date: "2026-11-28T00:00:00.000Z",
      command: "npm run bench",
      commit: "abc1234",
      machine: machineInfo(),
      totalMs: 1000,
      results: [result],
      failures: [{ name: "load", title: "Load", error: "Error: boom" }],
    });
    expect(md).toContain("`npm run bench`");
    expect(md).toContain("2026-11-28T00:00:00.000Z");
    expect(md).toContain(`Node ${process.version}`);
    expect(md).toContain("| >= 2x base | subject | 1.50x | **missed** |");
    expect(md).toContain("| subject | 300 payloads/s | base: 200 payloads/s | 1.50x |");
    expect(md).toContain("## Load: not measured");
  });

  it("reports the cluster section as skipped, with the reason, when redis-server is missing", async () => {
    const path = process.env["PATH"];
    process.env["PATH"] = "/nonexistent";
    let skipped;
    try {
      skipped = await runClusterLoad();
    } finally {
      process.env["PATH"] = path;
    }
    expect(skipped.skipped).toMatch(
      /redis-server .*not found on PATH: apt-get install -y redis-server/,
    );
    expect(skipped.figures).toEqual([]);
    const md = renderMarkdown({
      date: "2026-11-28T00:00:00.000Z",
      command: "npm run bench",
      commit: "abc1234",
      machine: machineInfo(),
      totalMs: 1000,
      results: [skipped],
      failures: [],
    });
    expect(md).toContain(`## 1. ${skipped.title}\n\nSkipped: redis-server is required`);
    expect(md).not.toContain("| figure | value |");
  });
});
