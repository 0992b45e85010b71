// --reporter junit: one testcase per event, per check and per scenario, in the JUnit XML
// that CI systems (GitHub Actions, GitLab, Jenkins) read.
import type { EngineListener } from "../engine-events.ts";
import type { Failure, RunReport } from "../results.ts";
import { detailLines, groupFailures, title } from "./format-failure.ts";

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
  failures: readonly Failure[];
  skipReason?: string | undefined;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function failureText(failures: readonly Failure[]): string {
  return groupFailures(failures)
    .map(({ failure, count }) => {
      const head = count > 1 ? `${title(failure)} (x${count})` : title(failure);
      return [head, ...detailLines(failure).map(([label, value]) => `  ${label}: ${value}`)].join(
        "\n",
      );
    })
    .join("\n\n");
}

function testcase(suite: string, c: Case): string {
  const open = `    <testcase classname="chat-contract.${suite}" name="${escapeXml(c.name)}" time="${seconds(c.durationMs)}"`;
  if (c.status === "pass") return `${open}/>`;
  if (c.status === "skip")
    return `${open}>\n      <skipped message="${escapeXml(c.skipReason ?? "not run")}"/>\n    </testcase>`;
  const first = c.failures[0];
  const message = `${c.failures.length} violation(s)${first === undefined ? "" : `; first: ${first.message}`}`;
  return [
    `${open}>`,
    `      <failure message="${escapeXml(message)}" type="${escapeXml(first?.check ?? "contract")}">${escapeXml(failureText(c.failures))}</failure>`,
    `    </testcase>`,
  ].join("\n");
}

function testsuite(name: string, cases: readonly Case[]): string {
  const count = (status: Case["status"]) => cases.filter((c) => c.status === status).length;
  const time = cases.reduce((sum, c) => sum + c.durationMs, 0);
  return [
    `  <testsuite name="${name}" tests="${cases.length}" failures="${count("fail")}" errors="0" skipped="${count("skip")}" time="${seconds(time)}">`,
    ...cases.map((c) => testcase(name, c)),
    `  </testsuite>`,
  ].join("\n");
}

export function renderJunitReport(report: RunReport): string {
  const events: Case[] = Object.entries(report.events).map(([name, e]) => ({
    name,
    status: e.status === "untested" ? "skip" : e.status,
    durationMs: 0,
    failures: e.violations,
    skipReason: "never observed nor sent in this run",
  }));
  const suites = [testsuite("events", events), testsuite("checks", report.checks)];
  if (report.scenarios !== undefined) suites.push(testsuite("scenarios", report.scenarios));
  const all = [...events, ...report.checks, ...(report.scenarios ?? [])];
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="chat-contract conformance: ${escapeXml(report.target.url)}" tests="${all.length}" failures="${all.filter((c) => c.status === "fail").length}" errors="0" time="${seconds(report.durationMs)}">`,
    ...suites,
    `</testsuites>`,
    "",
  ].join("\n");
}

export function junitReporter(write: (text: string) => void): EngineListener {
  return (event) => {
    if (event.type === "run-finished") write(renderJunitReport(event.report));
  };
}
