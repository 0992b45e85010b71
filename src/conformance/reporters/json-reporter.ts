// --reporter json: the RunReport as CI reads it. `failures` holds each distinct failure
// once (count, clients, the first example in full and up to 5 occurrences); checks and
// scenarios list their examples as `violations`, like events do. Every value a server sent
// is already cut to a bounded size (bounded-value.ts), so the text built here is bounded
// whatever the server sent.
import type { EngineListener } from "../engine-events.ts";
import type { CheckResult, RunReport } from "../results.ts";

function withViolations({ failures, ...rest }: CheckResult) {
  return { ...rest, violations: failures };
}

export function renderJsonReport(report: RunReport): string {
  const { checks, scenarios, ...rest } = report;
  const shaped = {
    ...rest,
    checks: checks.map(withViolations),
    ...(scenarios === undefined ? {} : { scenarios: scenarios.map(withViolations) }),
  };
  return JSON.stringify(shaped, null, 2);
}

/** The run could not judge the server (exit 2): what went wrong, for the CI step that reads the file. */
export function renderJsonError(
  url: string,
  error: { kind: string; message: string },
  durationMs: number,
): string {
  return JSON.stringify(
    { ok: false, error, target: { url }, durationMs: Math.round(durationMs) },
    null,
    2,
  );
}

export function jsonReporter(write: (text: string) => void): EngineListener {
  return (event) => {
    if (event.type === "run-finished") write(renderJsonReport(event.report));
  };
}
