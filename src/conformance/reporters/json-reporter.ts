// --reporter json: the RunReport as CI reads it. Checks and scenarios list their failures
// as `violations`, like events do.
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

export function jsonReporter(write: (text: string) => void): EngineListener {
  return (event) => {
    if (event.type === "run-finished") write(renderJsonReport(event.report));
  };
}
