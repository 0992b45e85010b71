// Wording for people: console lines while the run goes, and bench/RESULTS.md at the end.
// Benchmarks return data (figure.ts); only this file decides how it reads.
import { rename, writeFile } from "node:fs/promises";
import type { BenchResult, Figure } from "./figure.ts";
import type { MachineInfo } from "./machine.ts";

export interface RunRecord {
  date: string;
  command: string;
  commit: string;
  machine: MachineInfo;
  totalMs: number;
  results: BenchResult[];
  /** Benchmarks that could not run, with why. */
  failures: Array<{ name: string; title: string; error: string }>;
}

export function formatValue(value: number, unit: string): string {
  if (unit === "ms")
    return `${value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US")} ms`;
  if (unit === "%") return `${value.toFixed(1)} %`;
  const rounded = value >= 100 ? Math.round(value).toLocaleString("en-US") : value.toPrecision(3);
  return `${rounded} ${unit}`;
}

export function formatRatio(ratio: number): string {
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2)}x`;
}

function targetText(figure: Figure): string {
  return figure.target ? `${figure.target.met ? "met" : "MISSED"} (${figure.target.text})` : "";
}

/** One console line per figure: value, baseline, ratio, target. */
export function consoleLine(figure: Figure): string {
  const parts = [`  ${figure.label}: ${formatValue(figure.value, figure.unit)}`];
  if (figure.baseline) {
    parts.push(`vs ${figure.baseline.label} ${formatValue(figure.baseline.value, figure.unit)}`);
  }
  if (figure.ratio !== undefined) parts.push(`ratio ${formatRatio(figure.ratio)}`);
  const target = targetText(figure);
  if (target) parts.push(`target ${target}`);
  return parts.join(" | ");
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function figureTable(figures: readonly Figure[]): string[] {
  const rows = figures.map((f) =>
    [
      f.label,
      formatValue(f.value, f.unit),
      f.baseline ? `${f.baseline.label}: ${formatValue(f.baseline.value, f.unit)}` : "",
      f.ratio !== undefined ? formatRatio(f.ratio) : "",
      targetText(f),
    ]
      .map(cell)
      .join(" | "),
  );
  return [
    "| figure | value | baseline | ratio | target |",
    "|---|---|---|---|---|",
    ...rows.map((r) => `| ${r} |`),
  ];
}

export function renderMarkdown(run: RunRecord): string {
  const m = run.machine;
  const targets = run.results.flatMap((r) =>
    r.figures.filter((f) => f.target).map((f) => ({ r, f })),
  );
  const lines = [
    "# Benchmark results",
    "",
    `Written by \`${run.command}\` (bench/run.ts); every run overwrites this file. Ratios compare`,
    "each subject with a baseline measured in the same process or the same machine run.",
    "",
    `- Date: ${run.date}`,
    `- Command: \`${run.command}\` (total ${(run.totalMs / 1000).toFixed(1)} s)`,
    `- Commit: ${run.commit}`,
    `- Machine: ${m.cpuModel}, ${m.cpuCount} CPUs, ${m.totalMemoryGiB} GiB RAM (${m.freeMemoryGiB} GiB free at start), ${m.platform}`,
    `- Node ${m.node}; load average at start ${m.loadAverage.join(" / ")} (shared machine: figures carry its noise)`,
    "",
    "## Targets",
    "",
    "| target | figure | measured | status |",
    "|---|---|---|---|",
    ...targets.map(
      ({ f }) =>
        `| ${cell(f.target!.text)} | ${cell(f.label)} | ${cell(f.target!.on === "ratio" ? formatRatio(f.ratio!) : formatValue(f.value, f.unit))} | ${f.target!.met ? "met" : "**missed**"} |`,
    ),
    ...run.failures.map((f) => `| (${cell(f.title)}) | could not run | | **not measured** |`),
    "",
  ];
  run.results.forEach((result, index) => {
    lines.push(`## ${index + 1}. ${result.title}`, "");
    if (result.skipped !== undefined) lines.push(`Skipped: ${result.skipped}`, "");
    else lines.push(...figureTable(result.figures), "");
    for (const note of result.notes) lines.push(`- ${note}`);
    lines.push("", `Configuration: \`${JSON.stringify(result.config)}\``, "");
  });
  for (const failure of run.failures) {
    lines.push(`## ${failure.title}: not measured`, "", "```text", failure.error, "```", "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** Temp file + rename: a reader never sees half a report. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
}
