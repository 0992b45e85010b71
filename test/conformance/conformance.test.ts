// The vitest adapter: the same scenarios as `chat-contract test`, as vitest tests.
//   CONFORMANCE_URL=http://host:port [CONFORMANCE_TOKEN=T | CONFORMANCE_JWT_SECRET=S] npx vitest run test/conformance
// Without CONFORMANCE_URL it tests the embedded reference server.
import { beforeAll, describe, expect, it } from "vitest";
import {
  BEHAVIOUR_CHECKS,
  FRAME_CHECKS,
  runConformance,
  SCENARIOS,
  type Failure,
  type RunReport,
} from "../../src/conformance/index.ts";
import { RUN_BOUND_IN_WAITS } from "../../src/conformance/engine-options.ts";
import { EVENT_NAMES } from "../../src/contract/index.ts";

const url = process.env["CONFORMANCE_URL"];
const token = process.env["CONFORMANCE_TOKEN"];
const jwtSecret = process.env["CONFORMANCE_JWT_SECRET"];
const timeoutMs = Number(process.env["CONFORMANCE_TIMEOUT"] ?? 2000);

/** One line per violation, so a failing test reads like the console report. */
function lines(failures: readonly Failure[]): string[] {
  return failures.map(
    (f) =>
      `${f.event ?? "-"} · ${f.check}: ${f.message}${f.instancePath ? ` at ${f.instancePath}` : ""}`,
  );
}

describe(`the server at ${url ?? "the embedded reference server"}`, () => {
  let report: RunReport;
  // The run bounds itself (RUN_BOUND_IN_WAITS waits); the hook must outlast that bound.
  beforeAll(
    async () => {
      report = await runConformance({ url, token, jwtSecret, timeoutMs });
    },
    RUN_BOUND_IN_WAITS * timeoutMs + 30_000,
  );

  for (const scenario of SCENARIOS) {
    it(scenario.description, (test) => {
      const result = report.scenarios?.find((s) => s.name === scenario.name);
      if (result?.status === "skip") test.skip(result.skipReason);
      expect(lines(result?.failures ?? [])).toEqual([]);
      expect(result?.status).toBe("pass");
    });
  }

  for (const event of EVENT_NAMES) {
    it(`honours the contract for ${event}, and the run exercised it`, () => {
      expect(lines(report.events[event].violations)).toEqual([]);
      expect(report.events[event].status).toBe("pass");
    });
  }

  for (const check of [...FRAME_CHECKS, ...BEHAVIOUR_CHECKS]) {
    it(`passes ${check.name}: ${check.description}`, () => {
      const result = report.checks.find((c) => c.name === check.name);
      expect(lines(result?.failures ?? [])).toEqual([]);
    });
  }
});
