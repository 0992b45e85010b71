// Reporters render what the engine found; these pin the shapes CI systems and people read.
import { beforeAll, describe, expect, it } from "vitest";
import { runConformance, type RunReport } from "../../src/conformance/index.ts";
import {
  consoleReporter,
  renderConsoleSummary,
  renderJsonReport,
  renderJunitReport,
  shouldUseColor,
} from "../../src/conformance/reporters/index.ts";
import { EVENT_NAMES } from "../../src/contract/index.ts";
import { startBrokenServer } from "../fixtures/broken-servers/index.ts";
import { wrongFieldType } from "../fixtures/broken-servers/wrong-field-type.ts";
import type { JsonReport } from "./run-cli.ts";
import { xmlProblems } from "./xml-well-formed.ts";

const ESC = "\u001b[";

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)("reporters", () => {
  let passing: RunReport;
  let failing: RunReport;
  beforeAll(async () => {
    passing = await runConformance({ timeoutMs: 1000 });
    const server = await startBrokenServer(wrongFieldType);
    try {
      failing = await runConformance({ url: server.url, timeoutMs: 1000 });
    } finally {
      await server.close();
    }
  });

  describe("json", () => {
    it("lists every event of the contract with status, observed count and violations", () => {
      const json = JSON.parse(renderJsonReport(failing)) as JsonReport;
      expect(Object.keys(json.events)).toEqual([...EVENT_NAMES]);
      for (const event of EVENT_NAMES) {
        expect(json.events[event]).toMatchObject({
          status: expect.stringMatching(/^(pass|fail|untested)$/),
          observed: expect.any(Number),
        });
        expect(Array.isArray(json.events[event].violations)).toBe(true);
      }
      expect(json).toMatchObject({ ok: false, durationMs: expect.any(Number) });
    });

    it("lists every check with its name, status and violations", () => {
      const json = JSON.parse(renderJsonReport(failing)) as JsonReport;
      expect(json.checks.map((c) => c.name)).toEqual(failing.checks.map((c) => c.name));
      const schema = json.checks.find((c) => c.name === "payload-matches-schema");
      expect(schema?.status).toBe("fail");
      expect(schema?.violations[0]).toMatchObject({
        event: "FILE_UPLOADED",
        instancePath: "/fileSize",
        keyword: "type",
        expected: "integer",
        received: "482113",
        step: "bob#1 sends FILE_UPLOADED in general",
        scenario: "file-upload",
      });
    });
  });

  describe("junit", () => {
    it("is well-formed XML with one testcase per event and per check", () => {
      const xml = renderJunitReport(passing);
      expect(xmlProblems(xml)).toEqual([]);
      const suite = (name: string) =>
        xml.slice(
          xml.indexOf(`<testsuite name="${name}"`),
          xml.indexOf("</testsuite>", xml.indexOf(`<testsuite name="${name}"`)),
        );
      expect(suite("events").match(/<testcase /g)).toHaveLength(EVENT_NAMES.length);
      expect(suite("checks").match(/<testcase /g)).toHaveLength(passing.checks.length);
      for (const event of EVENT_NAMES) expect(xml).toContain(`name="${event}"`);
    });

    it("gives no suite more time than the run: suite and root time attributes agree", () => {
      const xml = renderJunitReport(failing);
      const times = [...xml.matchAll(/<testsuites? name="[^"]*"[^>]* time="([\d.]+)"/g)].map((m) =>
        Number(m[1]),
      );
      const [root, ...suites] = times;
      expect(suites).toHaveLength(3);
      expect(root).toBe(Number((failing.durationMs / 1000).toFixed(3)));
      for (const time of suites) expect(time).toBeLessThanOrEqual(root!);
      for (const m of xml.matchAll(/<testcase [^>]* time="([\d.]+)"/g))
        expect(Number(m[1])).toBeLessThanOrEqual(root!);
    });

    it("puts each violation in a failure element, escaped, with characters XML forbids replaced", () => {
      const nasty = structuredClone(failing);
      const failure = {
        check: nasty.checks[0]!.name,
        event: "X<&>\"'",
        message: 'NUL \u0000 and <tag> & "quotes"',
      };
      nasty.failures.push({
        ...failure,
        rule: "r",
        count: 1,
        clients: [],
        scenarios: {},
        first: failure,
        examples: [failure],
      });
      nasty.checks[0]!.failures.push(failure);
      nasty.checks[0]!.status = "fail";
      const xml = renderJunitReport(nasty);
      expect(xmlProblems(xml)).toEqual([]);
      expect(xml).toMatch(
        /<testcase classname="chat-contract.events" name="FILE_UPLOADED"[^>]*>\s*<failure /,
      );
      expect(xml).toContain("&lt;tag&gt; &amp; &quot;quotes&quot;");
    });
  });

  describe("deduplicated failures", () => {
    it("json lists each distinct failure once, with its count, clients, first example and occurrences", () => {
      const json = JSON.parse(renderJsonReport(failing)) as JsonReport;
      expect(json.failures).toHaveLength(1);
      const [group] = json.failures;
      const occurrences = failing.events.FILE_UPLOADED.violationCount;
      expect(occurrences).toBeGreaterThan(1);
      expect(group).toMatchObject({
        event: "FILE_UPLOADED",
        check: "payload-matches-schema",
        rule: "/fileSize type",
        count: occurrences,
        first: { received: "482113", step: "bob#1 sends FILE_UPLOADED in general" },
      });
      expect(group!.clients.length).toBe(occurrences);
      expect(group!.examples).toHaveLength(Math.min(occurrences, 5));
    });

    it("console shows the group once with its count, and a one-event breakage fits one screen", () => {
      const text = renderConsoleSummary(failing, { color: false });
      expect(text.match(/FILE_UPLOADED · payload-matches-schema/g)).toHaveLength(1);
      expect(text).toContain(
        `Violations: 1 distinct, ${failing.events.FILE_UPLOADED.violationCount} in all`,
      );
      expect(text).toMatch(new RegExp(`×${failing.events.FILE_UPLOADED.violationCount} · alice#1`));
      expect(text.split("\n").length).toBeLessThanOrEqual(40);
    });
  });

  describe("console", () => {
    it("shows each violation's event, check, path, expected, received value and step", () => {
      const text = renderConsoleSummary(failing, { color: false });
      expect(text).toContain("FILE_UPLOADED · payload-matches-schema");
      expect(text).toMatch(/path: +\/fileSize \(type\)/);
      expect(text).toMatch(/expected: +"integer"/);
      expect(text).toMatch(/received: +"482113"/);
      expect(text).toMatch(/step: +bob#1 sends FILE_UPLOADED in general \(file-upload\)/);
      expect(text).toMatch(/FAIL +1 event\(s\) and 1 check\(s\) failed/);
    });

    it("prints progress per scenario, then the table of events and checks", () => {
      const lines: string[] = [];
      const listen = consoleReporter((line) => lines.push(line), { color: false });
      listen({ type: "run-started", target: { url: "http://x", embedded: false }, scenarios: [] });
      for (const result of passing.scenarios ?? []) listen({ type: "scenario-finished", result });
      listen({ type: "run-finished", report: passing });
      const text = lines.join("\n");
      expect(text).toMatch(/✓ presence-on-connect \d+ ms/);
      expect(text.indexOf("presence-on-connect")).toBeLessThan(text.indexOf("Events"));
      expect(text).toContain(`all ${EVENT_NAMES.length} events pass`);
      expect(text).toContain(`all ${passing.checks.length} checks pass`);
      expect(text).toMatch(/PASS +15 of 15 events conformant/);
    });

    it("uses colour on a terminal, and none when NO_COLOR is set or output is not a terminal", () => {
      expect(shouldUseColor({}, true)).toBe(true);
      expect(shouldUseColor({ NO_COLOR: "1" }, true)).toBe(false);
      expect(shouldUseColor({ NO_COLOR: "" }, true)).toBe(true);
      expect(shouldUseColor({}, false)).toBe(false);
      expect(renderConsoleSummary(failing, { color: true })).toContain(ESC);
      expect(renderConsoleSummary(failing, { color: false })).not.toContain(ESC);
    });
  });
});
