// The run's findings as a RunReport: per event, per check, per scenario. Pure data; the
// reporters decide the wording.
import { EVENT_NAMES, isContractEvent, type EventName } from "../contract/index.ts";
import { DEFAULT_PATH } from "./engine-options.ts";
import { BEHAVIOUR_CHECKS } from "./behaviour-checks/index.ts";
import { FRAME_CHECKS } from "./frame-checks/index.ts";
import { FailureLog } from "./failure-log.ts";
import type { CheckResult, EventReport, Failure, FailureGroup, RunReport } from "./results.ts";
import type { RunContext } from "./run-context.ts";
import { checkExcluded, selectedEvents } from "./selection.ts";

/** Checks of what the server sent, frame by frame: a failure there explains waits that failed after it. */
const FRAME_LEVEL_CHECKS: ReadonlySet<string> = new Set([
  ...FRAME_CHECKS.map((c) => c.name),
  "fuzz-received-matches-schema",
]);

/** Every occurrence the groups matching `test` explain (examples are bounded, counts are not). */
function countOf(groups: readonly FailureGroup[], test: (g: FailureGroup) => boolean): number {
  return groups.reduce((sum, g) => (test(g) ? sum + g.count : sum), 0);
}

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
  groups: readonly FailureGroup[],
  selected: ReadonlySet<EventName>,
): Record<EventName, EventReport> {
  const entries = EVENT_NAMES.map((event): [EventName, EventReport] => {
    const seen = observed(ctx, event);
    const sent = ctx.recorder.sent.get(event) ?? 0;
    const violations = failures.filter((f) => f.event === event);
    const violationCount = countOf(groups, (g) => g.event === event);
    const status = !selected.has(event)
      ? "untested"
      : violations.length > 0
        ? "fail"
        : seen + sent > 0
          ? "pass"
          : "untested";
    return [event, { status, observed: seen, sent, violations, violationCount }];
  });
  return Object.fromEntries(entries) as Record<EventName, EventReport>;
}

/** A check --checks / --exclude-checks left out: skipped, saying so. */
function excludedCheck(name: string, description: string, skipReason: string): CheckResult {
  return { name, description, status: "skip", durationMs: 0, failures: [], skipReason };
}

function checkResults(
  ctx: RunContext,
  failures: Failure[],
  groups: readonly FailureGroup[],
): CheckResult[] {
  const durations = new Map(ctx.scenarioResults.map((s) => [s.name, s.durationMs]));
  return [...FRAME_CHECKS, ...BEHAVIOUR_CHECKS].map((check): CheckResult => {
    const excluded = checkExcluded(ctx.options, check.name);
    if (excluded !== undefined) return excludedCheck(check.name, check.description, excluded);
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
      violationCount: countOf(groups, (g) => g.check === check.name),
      assertions,
    };
    if (result.status === "skip")
      result.skipReason = "never evaluated: no scenario that uses it ran";
    return result;
  });
}

/**
 * A check of another phase (fuzz) with only the failures the selection reports (failing
 * only on others, it passes), each counted in `log` and kept as a bounded example there.
 */
function selectedFailures(
  ctx: RunContext,
  check: CheckResult,
  reported: (f: Failure) => boolean,
  log: FailureLog,
): CheckResult {
  const excluded = checkExcluded(ctx.options, check.name);
  if (excluded !== undefined) return excludedCheck(check.name, check.description, excluded);
  const own = check.failures.filter(reported);
  const kept = own.flatMap((f) => log.add(f).kept ?? []);
  return {
    ...check,
    failures: kept,
    violationCount: own.length,
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
  const log = new FailureLog();
  for (const group of ctx.failureLog.groups()) if (reported(group.first)) log.adopt(group);
  // Checks from other phases (fuzz) obey the same selection, and their failures count
  // against the event they are about, like the scenarios' own.
  const extraChecks = ctx.extraChecks.map((check) => selectedFailures(ctx, check, reported, log));
  const groups = log.groups(FRAME_LEVEL_CHECKS);
  const events = eventReports(
    ctx,
    [...failures, ...extraChecks.flatMap((c) => c.failures)],
    groups,
    selected,
  );
  const checks = [...checkResults(ctx, failures, groups), ...extraChecks];
  const scenarios = ctx.scenarioResults.map((s) => {
    const own = failures.filter((f) => f.scenario === s.name);
    const violationCount = groups.reduce((n, g) => n + (g.scenarios[s.name] ?? 0), 0);
    return {
      ...s,
      failures: own,
      violationCount,
      status:
        s.status === "skip" ? s.status : violationCount > 0 ? ("fail" as const) : ("pass" as const),
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
      ...(options.path === DEFAULT_PATH ? {} : { path: options.path }),
      ...(options.checks === undefined ? {} : { checks: [...options.checks] }),
      ...(options.excludeChecks === undefined ? {} : { excludeChecks: [...options.excludeChecks] }),
      ...(options.maxFailures === undefined ? {} : { maxFailures: options.maxFailures }),
    },
    failures: groups,
    events,
    checks,
    scenarios,
    timings: { ...ctx.timings },
  };
  const notGrouped = ctx.failureLog.overflow + log.overflow;
  if (notGrouped > 0) report.failuresNotGrouped = notGrouped;
  if (ctx.stopReason !== undefined) report.stopped = ctx.stopReason;
  if (ctx.fuzzReport !== undefined) report.fuzz = ctx.fuzzReport;
  return report;
}
