// --reporter junit: one testcase per event, per check and per scenario, in the JUnit XML
// that CI systems (GitHub Actions, GitLab, Jenkins) read.
import type { EngineListener } from "../engine-events.ts";
import type { FailureGroup, RunReport } from "../results.ts";
import { detailLines, groupTally, title } from "./format-failure.ts";

// XML 1.0 forbids most control characters even when escaped; a payload may carry them.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

interface Case {
  name: string;
  status: "pass" | "fail" | "skip";
  durationMs: number;
  /** The distinct failures this testcase is about, each once with its count. */
  groups: readonly FailureGroup[];
  skipReason?: string | undefined;
  /** A scenario's cases not sent, and why. */
  notes?: readonly string[] | undefined;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function failureText(groups: readonly FailureGroup[]): string {
  return groups
    .map((group) =>
      [
        `${title(group)} (${groupTally(group)})`,
        ...detailLines(group.first).map(([label, value]) => `  ${label}: ${value}`),
      ].join("\n"),
    )
    .join("\n\n");
}

function testcase(suite: string, c: Case): string {
  const open = `    <testcase classname="chat-contract.${suite}" name="${escapeXml(c.name)}" time="${seconds(c.durationMs)}"`;
  if (c.status === "pass") return `${open}/>`;
  if (c.status === "skip")
    return `${open}>\n      <skipped message="${escapeXml(c.skipReason ?? "not run")}"/>\n    </testcase>`;
  const first = c.groups[0]?.first;
  const count = c.groups.reduce((sum, g) => sum + g.count, 0);
  const message = `${count} violation(s), ${c.groups.length} distinct${first === undefined ? "" : `; first: ${first.message}`}`;
  return [
    `${open}>`,
    `      <failure message="${escapeXml(message)}" type="${escapeXml(first?.check ?? "contract")}">${escapeXml([failureText(c.groups), ...(c.notes ?? [])].join("\n\n"))}</failure>`,
    `    </testcase>`,
  ].join("\n");
}

/**
 * `timeMs` is the wall time the suite covers, not the sum of its testcases: checks share
 * the scenarios that evaluate them, so their times overlap and their sum can exceed the run.
 */
function testsuite(name: string, cases: readonly Case[], timeMs: number): string {
  const count = (status: Case["status"]) => cases.filter((c) => c.status === status).length;
  const time = timeMs;
  return [
    `  <testsuite name="${name}" tests="${cases.length}" failures="${count("fail")}" errors="0" skipped="${count("skip")}" time="${seconds(time)}">`,
    ...cases.map((c) => testcase(name, c)),
    `  </testsuite>`,
  ].join("\n");
}

export function renderJunitReport(report: RunReport): string {
  const groups = report.failures;
  const events: Case[] = Object.entries(report.events).map(([name, e]) => ({
    name,
    status: e.status === "untested" ? "skip" : e.status,
    durationMs: 0,
    groups: groups.filter((g) => g.event === name),
    skipReason: "never observed nor sent in this run",
  }));
  const checks: Case[] = report.checks.map((c) => ({
    ...c,
    // A check's testcase time (the scenarios using it) never exceeds the run's.
    durationMs: Math.min(c.durationMs, report.durationMs),
    groups: groups.filter((g) => g.check === c.name),
  }));
  const scenarios: Case[] = (report.scenarios ?? []).map((s) => ({
    ...s,
    groups: groups.filter((g) => (g.scenarios[s.name] ?? 0) > 0),
  }));
  const scenarioTime = Math.min(
    report.timings["scenarios"] ?? scenarios.reduce((sum, c) => sum + c.durationMs, 0),
    report.durationMs,
  );
  const suites = [
    testsuite("events", events, report.durationMs),
    testsuite("checks", checks, report.durationMs),
  ];
  if (report.scenarios !== undefined) suites.push(testsuite("scenarios", scenarios, scenarioTime));
  const all = [...events, ...checks, ...scenarios];
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="chat-contract conformance: ${escapeXml(report.target.url)}" tests="${all.length}" failures="${all.filter((c) => c.status === "fail").length}" errors="0" time="${seconds(report.durationMs)}">`,
    ...suites,
    `</testsuites>`,
    "",
  ].join("\n");
}

/** The run could not judge the server (exit 2): one failing testcase `connect` with the cause. */
export function renderJunitError(
  url: string,
  error: { kind: string; message: string },
  durationMs: number,
): string {
  const time = seconds(durationMs);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="chat-contract conformance: ${escapeXml(url)}" tests="1" failures="1" errors="0" time="${time}">`,
    `  <testsuite name="connect" tests="1" failures="1" errors="0" skipped="0" time="${time}">`,
    `    <testcase classname="chat-contract.connect" name="connect" time="${time}">`,
    `      <failure message="${escapeXml(error.message)}" type="${escapeXml(error.kind)}">${escapeXml(error.message)}</failure>`,
    `    </testcase>`,
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n");
}

export function junitReporter(write: (text: string) => void): EngineListener {
  return (event) => {
    if (event.type === "run-finished") write(renderJunitReport(event.report));
  };
}
