// --reporter console: progress while the run goes, then a table of events and checks, then
// every violation with its event, check, path, expected and received values, and step.
import type { EngineListener } from "../engine-events.ts";
import type { FuzzReport, RunReport } from "../results.ts";
import { detailLines, groupTally, title } from "./format-failure.ts";

export interface ConsoleOptions {
  /** ANSI colours; the CLI turns them off for NO_COLOR and when stdout is not a terminal. */
  color: boolean;
}

type Paint = (text: string) => string;

/** A person reads the first findings; one breakage can echo through hundreds of frames. */
const MAX_GROUPS_SHOWN = 20;

function palette(color: boolean) {
  const ansi = (code: number): Paint =>
    color ? (text) => `\u001b[${code}m${text}\u001b[0m` : (text) => text;
  return { red: ansi(31), green: ansi(32), yellow: ansi(33), dim: ansi(2), bold: ansi(1) };
}

/** True when NO_COLOR (https://no-color.org) is set to anything but the empty string. */
export function noColorRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "";
}

/** Colours only on a terminal, and never when NO_COLOR asks for none. */
export function shouldUseColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  return isTTY && !noColorRequested(env);
}

function table(rows: string[][], paintStatus: (status: string) => string): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((row, r) =>
    row
      .map((cell, i) => {
        const padded = cell.padEnd(widths[i]!);
        return r > 0 && i === 1 ? paintStatus(padded) : padded;
      })
      .join("  ")
      .trimEnd(),
  );
}

/** The fuzz round in a few lines, seed first: it is what reproduces the run. */
function fuzzSummary(fuzz: FuzzReport, p: ReturnType<typeof palette>): string[] {
  const sum = (kind: "valid" | "invalid") =>
    Object.values(fuzz.events).reduce(
      (acc, counts) => ({
        cases: acc.cases + counts[kind].cases,
        failed: acc.failed + counts[kind].failed,
      }),
      { cases: 0, failed: 0 },
    );
  const line = (label: string, { cases, failed }: { cases: number; failed: number }) => {
    const text = `${label.padEnd(8)} ${String(cases).padStart(5)} cases  ${failed} failed`;
    return `  ${failed > 0 ? p.red(text) : text}`;
  };
  return [
    `${p.bold(`Fuzz (seed ${fuzz.seed}, ${fuzz.casesPerKind} per event and kind)`)}  ${p.dim(`same cases again: --fuzz ${fuzz.casesPerKind} --seed ${fuzz.seed}`)}`,
    line("valid", sum("valid")),
    line("invalid", sum("invalid")),
    line("wire", fuzz.wire),
  ];
}

/** Rows that need a look (failed, skipped, untested); passing ones are counted in one line. */
function notPassing(
  title: string,
  header: string[],
  rows: { status: string; cells: string[] }[],
  noun: string,
  p: ReturnType<typeof palette>,
  paintStatus: (status: string) => string,
): string[] {
  const shown = rows.filter((r) => r.status !== "pass");
  const passed = rows.length - shown.length;
  const tally =
    shown.length === 0 ? `all ${rows.length} ${noun} pass` : `${passed} other ${noun} pass`;
  const lines = ["", `${p.bold(title)}  ${p.green(tally)}`];
  if (shown.length > 0)
    lines.push(...table([header, ...shown.map((r) => r.cells)], paintStatus).map((l) => `  ${l}`));
  return lines;
}

/** Each distinct failure once, root causes first: its count, the clients it hit, one example in full. */
function violationLines(report: RunReport, p: ReturnType<typeof palette>): string[] {
  const groups = report.failures;
  if (groups.length === 0) return [];
  const total = groups.reduce((sum, g) => sum + g.count, 0) + (report.failuresNotGrouped ?? 0);
  const lines = ["", p.bold(`Violations: ${groups.length} distinct, ${total} in all`)];
  groups.slice(0, MAX_GROUPS_SHOWN).forEach((group, i) => {
    lines.push("", `  ${i + 1}) ${p.red(title(group))} ${p.dim(`(${groupTally(group)})`)}`);
    for (const [label, value] of detailLines(group.first)) {
      // The tally above already names the clients it hit.
      if (label === "client" && group.clients.length > 0) continue;
      lines.push(`     ${p.dim(`${label}:`.padEnd(10))} ${value}`);
    }
  });
  const rest = groups.length - MAX_GROUPS_SHOWN;
  if (rest > 0)
    lines.push(
      "",
      p.dim(`  … and ${rest} more distinct violation(s): --reporter json lists them all`),
    );
  if (report.failuresNotGrouped !== undefined)
    lines.push(
      p.dim(
        `  ${report.failuresNotGrouped} more violation(s) past the report's bound of distinct ones`,
      ),
    );
  return lines;
}

export function renderConsoleSummary(report: RunReport, options: ConsoleOptions): string {
  const p = palette(options.color);
  const paintStatus = (status: string) =>
    status.startsWith("pass")
      ? p.green(status)
      : status.startsWith("fail")
        ? p.red(status)
        : p.yellow(status);
  const eventRows = Object.entries(report.events).map(([name, e]) => ({
    status: e.status,
    cells: [name, e.status, String(e.observed), String(e.sent ?? 0), String(e.violationCount)],
  }));
  const checkRows = report.checks.map((c) => ({
    status: c.status,
    cells: [
      c.name,
      c.status,
      c.status === "skip"
        ? (c.skipReason ?? "")
        : `${c.violationCount ?? c.failures.length} violation(s)`,
    ],
  }));
  const lines: string[] = [
    ...notPassing(
      "Events",
      ["EVENT", "STATUS", "OBSERVED", "SENT", "VIOLATIONS"],
      eventRows,
      "events",
      p,
      paintStatus,
    ),
    ...notPassing(
      "Checks",
      ["CHECK", "STATUS", "VIOLATIONS / WHY SKIPPED"],
      checkRows,
      "checks",
      p,
      paintStatus,
    ),
  ];

  if (report.fuzz !== undefined) lines.push("", ...fuzzSummary(report.fuzz, p));
  lines.push(...violationLines(report, p));
  if (report.stopped !== undefined) lines.push("", p.yellow(`Run ${report.stopped}`));

  const failedEvents = Object.values(report.events).filter((e) => e.status === "fail").length;
  const untested = Object.values(report.events).filter((e) => e.status === "untested").length;
  const failedChecks = report.checks.filter((c) => c.status === "fail").length;
  const total = Object.keys(report.events).length;
  const time = `${report.durationMs} ms`;
  lines.push(
    "",
    report.ok
      ? p.green(
          `PASS  ${total - untested} of ${total} events conformant, ${report.checks.length} checks (${time})`,
        )
      : p.red(
          `FAIL  ${failedEvents} event(s) and ${failedChecks} check(s) failed${untested > 0 ? `, ${untested} event(s) untested` : ""} (${time})`,
        ),
  );
  return lines.join("\n");
}

/** Prints each scenario as it finishes, then the summary. */
export function consoleReporter(
  write: (line: string) => void,
  options: ConsoleOptions,
): EngineListener {
  const p = palette(options.color);
  return (event) => {
    switch (event.type) {
      case "run-started":
        write(
          `${p.bold("chat-contract test")} ${event.target.url}${event.target.embedded ? " (embedded reference server)" : ""}`,
        );
        break;
      case "phase-started":
        if (event.phase !== "scenarios" && event.phase !== "close")
          write(p.dim(`  ${event.phase}…`));
        break;
      case "scenario-finished": {
        const r = event.result;
        if (r.status === "skip")
          write(`  ${p.yellow("-")} ${r.name} ${p.dim(`skipped: ${r.skipReason ?? ""}`)}`);
        else if (r.status === "pass")
          write(`  ${p.green("✓")} ${r.name} ${p.dim(`${r.durationMs} ms`)}`);
        else
          write(
            `  ${p.red("✗")} ${r.name} ${p.dim(`${r.durationMs} ms`)} ${p.red(`${r.failures.length} violation(s)`)}`,
          );
        for (const note of r.notes ?? []) write(p.dim(`      ${note}`));
        break;
      }
      case "run-finished":
        write(renderConsoleSummary(event.report, options));
        break;
      default:
        break;
    }
  };
}
