// A broken server gets its verdict in round trips, not in timeouts: a frame that arrives
// broken ends the wait that expected it, and a forward proven missing once is not waited
// for again. Each assertion is about what the run did, never about how long it took.
import { afterEach, describe, expect, it } from "vitest";
import { runConformance } from "../../src/conformance/index.ts";
import type { RunReport } from "../../src/conformance/results.ts";
import type { ChatServer } from "../../src/server/index.ts";
import { BROKEN_SERVERS, startBrokenServer } from "../fixtures/broken-servers/index.ts";

const byName = (name: string) => {
  const broken = BROKEN_SERVERS.find((b) => b.name === name);
  if (broken === undefined) throw new Error(`no broken server ${name}`);
  return broken;
};

const cases = (report: RunReport, event: string, kind: string) =>
  (report.fuzz?.cases ?? []).filter((c) => c.event === event && c.kind === kind) as {
    id: string;
    status?: string;
    note?: string;
  }[];

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)("fast verdicts", () => {
  let server: ChatServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("a forward that arrives broken ends its case's wait: every valid MESSAGE_SENT case is judged, none left to time out", async () => {
    server = await startBrokenServer(byName("extra-field"));
    const report = await runConformance({ url: server.url, fuzz: 30, seed: 3 });
    const valid = cases(report, "MESSAGE_SENT", "valid");
    expect(valid).toHaveLength(30);
    // Had the broken forwards not ended the waits, the first case would have got
    // "nothing within the timeout" and the rest been skipped after it.
    expect(valid.filter((c) => c.status !== "fail").map((c) => c.id)).toEqual([]);
    expect(report.events.MESSAGE_RECEIVED.status).toBe("fail");
  });

  it("a forward proven missing once is not waited for again: one event-observed failure, the event's valid fuzz cases skipped with the reason", async () => {
    server = await startBrokenServer(byName("no-settings-sync"));
    const report = await runConformance({ url: server.url, fuzz: 30, seed: 3 });
    const observed = report.checks
      .find((c) => c.name === "event-observed")
      ?.failures.filter((f) => f.event === "USER_SETTINGS_UPDATED");
    expect(observed?.length).toBe(1);
    expect(observed?.[0]?.message).toMatch(
      /later waits for USER_SETTINGS_UPDATED are not repeated/,
    );
    const valid = cases(report, "USER_SETTINGS_UPDATED", "valid");
    expect(valid).toHaveLength(30);
    for (const c of valid) {
      expect(c.status, c.id).toBe("skipped");
      expect(c.note, c.id).toMatch(/the scenarios proved USER_SETTINGS_UPDATED missing/);
    }
    // Other events' valid cases still run and pass.
    expect(cases(report, "MESSAGE_SENT", "valid").every((c) => c.status === "pass")).toBe(true);
  });
});
