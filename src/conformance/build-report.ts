// The run's findings as a RunReport: per event, per check, per scenario. Pure data; the
// reporters decide the wording.
import { EVENT_NAMES, isContractEvent, type EventName } from "../contract/index.ts";
import { BEHAVIOUR_CHECKS } from "./behaviour-checks/index.ts";
import { FRAME_CHECKS } from "./frame-checks/index.ts";
import type { CheckResult, EventReport, Failure, RunReport } from "./results.ts";
import type { RunContext } from "./run-context.ts";
import { selectedEvents } from "./selection.ts";

/** Frames of `event` any client received; a rejected handshake's data counts as CONNECTION_ERROR. */
function observed(ctx: RunContext, event: EventName): number {
  return ctx.recorder.frames.filter((f) =>
    event === "CONNECTION_ERROR"
      ? f.kind === "connect_error" && f.message === "CONNECTION_ERROR"
      : f.kind === "event" && f.event === event,
  ).length;
}

function eventReports(
  ctx: RunContext,
  failures: Failure[],
  selected: ReadonlySet<EventName>,
): Record<EventName, EventReport> {
  const entries = EVENT_NAMES.map((event): [EventName, EventReport] => {
    const seen = observed(ctx, event);
    const sent = ctx.recorder.sent.get(event) ?? 0;
    const violations = failures.filter((f) => f.event === event);
    const status = !selected.has(event)
      ? "untested"
      : violations.length > 0
        ? "fail"
        : seen + sent > 0
          ? "pass"
          : "untested";
    return [event, { status, observed: seen, sent, violations }];
  });
  return Object.fromEntries(entries) as Record<EventName, EventReport>;
}

function checkResults(ctx: RunContext, failures: Failure[]): CheckResult[] {
  const durations = new Map(ctx.scenarioResults.map((s) => [s.name, s.durationMs]));
  return [...FRAME_CHECKS, ...BEHAVIOUR_CHECKS].map((check): CheckResult => {
    const own = failures.filter((f) => f.check === check.name);
    const assertions = ctx.assertions(check.name);
    let durationMs = 0;
    for (const [scenario, checks] of ctx.checksByScenario) {
      if (checks.has(check.name)) durationMs += durations.get(scenario) ?? 0;
    }
    const result: CheckResult = {
      name: check.name,
      description: check.description,
      status: own.length > 0 ? "fail" : assertions > 0 ? "pass" : "skip",
      durationMs,
      failures: own,
      assertions,
    };
    if (result.status === "skip")
      result.skipReason = "never evaluated: no scenario that uses it ran";
    return result;
  });
}

/** A check with only the failures the selection reports; failing only on others, it passes. */
function selectedFailures(check: CheckResult, reported: (f: Failure) => boolean): CheckResult {
  const own = check.failures.filter(reported);
  if (own.length === check.failures.length) return check;
  return {
    ...check,
    failures: own,
    status: check.status === "fail" && own.length === 0 ? "pass" : check.status,
  };
}

export function buildReport(ctx: RunContext, durationMs: number): RunReport {
  const { options } = ctx;
  const selected = selectedEvents(options);
  // A failure about an event left out by --only / --skip is not reported; an event that is
  // not in the contract at all always is.
  const reported = (f: Failure) =>
    f.event === undefined || !isContractEvent(f.event) || selected.has(f.event);
  const failures = ctx.failures.filter(reported);
  // Checks from other phases (fuzz) obey the same selection, and their failures count
  // against the event they are about, like the scenarios' own.
  const extraChecks = ctx.extraChecks.map((check) => selectedFailures(check, reported));
  const events = eventReports(
    ctx,
    [...failures, ...extraChecks.flatMap((c) => c.failures)],
    selected,
  );
  const checks = [...checkResults(ctx, failures), ...extraChecks];
  const scenarios = ctx.scenarioResults.map((s) => {
    const own = failures.filter((f) => f.scenario === s.name);
    return {
      ...s,
      failures: own,
      status:
        s.status === "skip" ? s.status : own.length > 0 ? ("fail" as const) : ("pass" as const),
    };
  });
  // Every selected event must have been exercised: a silent skip is not a pass.
  const ok =
    checks.every((c) => c.status !== "fail") &&
    Object.entries(events).every(
      ([event, e]) => e.status === "pass" || !selected.has(event as EventName),
    );
  const report: RunReport = {
    ok,
    durationMs: Math.round(durationMs),
    target: { url: options.url, embedded: options.embedded },
    options: {
      timeoutMs: options.timeoutMs,
      ...(options.only === undefined ? {} : { only: [...options.only] }),
      ...(options.skip === undefined ? {} : { skip: [...options.skip] }),
      ...(options.fuzz > 0 ? { fuzz: options.fuzz } : {}),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    },
    events,
    checks,
    scenarios,
    timings: { ...ctx.timings },
  };
  if (ctx.fuzzReport !== undefined) report.fuzz = ctx.fuzzReport;
  return report;
}
