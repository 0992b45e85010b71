// --reporter console: progress while the run goes, then a table of events and checks, then
// every violation with its event, check, path, expected and received values, and step.
import type { EngineListener } from "../engine-events.ts";
import type { FuzzReport, RunReport } from "../results.ts";
import { detailLines, groupFailures, title } from "./format-failure.ts";

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
    p.bold(`Fuzz (seed ${fuzz.seed}, ${fuzz.casesPerKind} per event and kind)`),
    line("valid", sum("valid")),
    line("invalid", sum("invalid")),
    line("wire", fuzz.wire),
    p.dim(`  same cases again: --fuzz ${fuzz.casesPerKind} --seed ${fuzz.seed}`),
  ];
}

export function renderConsoleSummary(report: RunReport, options: ConsoleOptions): string {
  const p = palette(options.color);
  const paintStatus = (status: string) =>
    status.startsWith("pass")
      ? p.green(status)
      : status.startsWith("fail")
        ? p.red(status)
        : p.yellow(status);
  const lines: string[] = ["", p.bold("Events")];
  const eventRows = Object.entries(report.events).map(([name, e]) => [
    name,
    e.status,
    String(e.observed),
    String(e.sent ?? 0),
    String(e.violations.length),
  ]);
  lines.push(
    ...table(
      [["EVENT", "STATUS", "OBSERVED", "SENT", "VIOLATIONS"], ...eventRows],
      paintStatus,
    ).map((l) => `  ${l}`),
  );
  lines.push("", p.bold("Checks"));
  const checkRows = report.checks.map((c) => [
    c.name,
    c.status,
    String(c.assertions ?? "-"),
    String(c.failures.length),
  ]);
  lines.push(
    ...table([["CHECK", "STATUS", "ASSERTIONS", "VIOLATIONS"], ...checkRows], paintStatus).map(
      (l) => `  ${l}`,
    ),
  );

  if (report.fuzz !== undefined) lines.push("", ...fuzzSummary(report.fuzz, p));

  const failures = report.checks.flatMap((c) => c.failures);
  if (failures.length > 0) {
    const groups = groupFailures(failures);
    lines.push("", p.bold(`Violations (${failures.length})`));
    groups.slice(0, MAX_GROUPS_SHOWN).forEach(({ failure, count, clients, receivedValues }, i) => {
      const times =
        count > 1
          ? p.dim(` (x${count}${clients.length > 1 ? `: ${clients.join(", ")}` : ""})`)
          : "";
      lines.push("", `  ${i + 1}) ${p.red(title(failure))}${times}`);
      for (const [label, value] of detailLines(failure)) {
        const others =
          label === "received" && receivedValues > 1
            ? p.dim(` (and ${receivedValues - 1} other value(s); all in --reporter json)`)
            : "";
        lines.push(`     ${p.dim(`${label}:`.padEnd(10))} ${value}${others}`);
      }
    });
    if (groups.length > MAX_GROUPS_SHOWN) {
      const rest = groups.length - MAX_GROUPS_SHOWN;
      lines.push(
        "",
        p.dim(`  … and ${rest} more distinct violation(s): --reporter json has them all`),
      );
    }
  }
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
