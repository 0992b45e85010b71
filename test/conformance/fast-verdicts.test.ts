// A broken server gets its verdict in round trips, not in timeouts: a frame that arrives
// broken ends the wait that expected it, and a forward proven missing once is not waited
// for again. Each assertion is about what the run did, never about how long it took.
import { afterEach, describe, expect, it } from "vitest";
import { runConformance } from "../../src/conformance/index.ts";
import { renderJunitReport } from "../../src/conformance/reporters/junit-reporter.ts";
import type { RunReport } from "../../src/conformance/results.ts";
import { createChatServer, type ChatServer } from "../../src/server/index.ts";
import type { BrokenServer } from "../fixtures/broken-servers/broken-server.ts";
import { BROKEN_SERVERS, startBrokenServer } from "../fixtures/broken-servers/index.ts";
import { dropEvent, rewriteEvents } from "../fixtures/broken-servers/tamper.ts";
import { startDropsOthersServer } from "../fixtures/fuzz-targets/drops-others-on-malformed-frame.ts";

const byName = (name: string) => {
  const broken = BROKEN_SERVERS.find((b) => b.name === name);
  if (broken === undefined) throw new Error(`no broken server ${name}`);
  return broken;
};

/** The reference server, except that it never sends `event`. */
const dropping = (event: string): BrokenServer => ({
  name: `drops-${event}`,
  breaks: `${event} is never sent`,
  blames: { event, check: "event-observed" },
  configure: (io) => dropEvent(io, event),
});

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

  it("a barrier whose status is never forwarded is waited out once: every later proof takes what arrived by then", async () => {
    server = await startBrokenServer(byName("status-never-forwarded"));
    const report = await runConformance({ url: server.url, fuzz: 30, seed: 3 });
    const missed = report.checks
      .find((c) => c.name === "event-observed")
      ?.failures.filter((f) => f.event === "USER_STATUS_CHANGED");
    // The first barrier's clients, each once: had later barriers waited too, every
    // scenario proving a non-delivery would add its own (73 in one run before).
    expect(new Set(missed?.map((f) => f.scenario))).toEqual(new Set(["presence-on-connect"]));
    expect(missed?.map((f) => f.message)).toContainEqual(
      expect.stringMatching(/later barriers do not wait for it/),
    );
    const valid = cases(report, "USER_STATUS_CHANGED", "valid");
    expect(valid.every((c) => c.status === "skipped")).toBe(true);
  });

  it("a server that sends no ERROR_OCCURED at all waits out one refusal: the other rejections are not sent, the fuzz phase's probe and the wire cases' not waited for", async () => {
    server = await startBrokenServer(byName("errors-never-sent"));
    const report = await runConformance({ url: server.url, fuzz: 30, seed: 3 });
    // One full wait proved it (payload-limits' refusal), and nothing else waited it out.
    expect(report.checks.find((c) => c.name === "rejected-with-error")?.failures).toEqual([]);
    const rejections = (report.scenarios ?? []).filter((s) => s.name.startsWith("rejects-"));
    const notRun = rejections.filter(
      (s) =>
        s.status === "skip" &&
        s.skipReason?.startsWith(
          "not run: the server has answered no rejection with ERROR_OCCURED",
        ),
    );
    // All but the handshake ones, which are not answered with ERROR_OCCURED.
    expect(notRun.map((s) => s.name)).toEqual(
      rejections
        .filter(
          (s) =>
            !s.name.startsWith("rejects-handshake") && s.name !== "rejects-jwt-of-another-user",
        )
        .map((s) => s.name),
    );
    // Payload fuzzing does not start: its setup's probe would only wait it out too.
    const run = report.checks.find((c) => c.name === "fuzz-run")?.failures ?? [];
    expect(run.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^payload fuzzing could not start: .*the server has sent no ERROR_OCCURED at all in this run \(USER_SETTINGS_UPDATED with newValue nested/,
      ),
    ]);
    // The wire cases know it from the start: none waits for the probe's answer.
    const wire = (report.fuzz?.cases ?? []).filter((c) => c.id.startsWith("wire/")) as {
      id: string;
      status?: string;
      note?: string;
    }[];
    expect(wire.every((c) => c.status === "pass")).toBe(true);
    expect(wire.filter((c) => c.note === "server silent")).toEqual([]);
    expect(
      wire.filter((c) => c.note?.startsWith("probe answer not waited for")).length,
    ).toBeGreaterThan(0);
  });

  it("a notification of the wrong type waits out one --timeout: later ones are judged as they come", async () => {
    server = await startBrokenServer(byName("notification-type-wrong"));
    const report = await runConformance({ url: server.url, fuzz: 0, seed: 3 });
    const content = report.checks.find((c) => c.name === "payload-content")?.failures ?? [];
    // Both of bob's notifications are judged for their type, neither reported missing...
    expect(content.map((f) => f.scenario)).toEqual(["groups", "member-removal"]);
    expect(report.checks.find((c) => c.name === "event-observed")?.failures).toEqual([]);
    // ...and only the first waited: the second was judged as it came.
    const notes = (name: string) => report.scenarios?.find((s) => s.name === name)?.notes ?? [];
    expect(notes("groups")).toEqual([]);
    expect(notes("member-removal")).toEqual([
      expect.stringMatching(
        /^NOTIFICATION_RECEIVED at bob#1 judged as it came, not after --timeout/,
      ),
    ]);
  });

  it.each(["GROUP_CREATED", "GROUP_MEMBER_ADDED", "USER_CHANGED_GROUP"])(
    "%s never forwarded: the fuzz phase, whose setup needs it, does not start, saying the scenarios proved it missing",
    async (event) => {
      server = await startBrokenServer(dropping(event));
      const report = await runConformance({ url: server.url, fuzz: 30, seed: 3 });
      const run = report.checks.find((c) => c.name === "fuzz-run")?.failures ?? [];
      expect(run.map((f) => f.message)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^payload fuzzing could not start: its setup and round barriers need ${event}, which the scenarios proved missing \\(`,
          ),
        ),
      ]);
      expect((report.fuzz?.cases ?? []).filter((c) => c.kind !== "wire")).toEqual([]);
    },
  );

  it("MESSAGE_RECEIVED missing for some senders only: the wire cases' full check still works, and they run", async () => {
    // bob's messages are dropped (group-routing proves MESSAGE_RECEIVED missing); the wire
    // phase's own users' messages still go through.
    server = await startBrokenServer({
      ...dropping("MESSAGE_RECEIVED"),
      configure: (io) =>
        rewriteEvents(io, (event, args) =>
          event === "MESSAGE_RECEIVED" &&
          String((args[0] as { userId?: unknown }).userId).startsWith("bob-")
            ? undefined
            : [event, ...args],
        ),
    });
    const report = await runConformance({ url: server.url, fuzz: 30, seed: 3 });
    const observed = report.checks.find((c) => c.name === "event-observed")?.failures ?? [];
    expect(observed.some((f) => f.event === "MESSAGE_RECEIVED")).toBe(true);
    const wire = (report.fuzz?.cases ?? []).filter((c) => c.kind === "wire") as {
      status?: string;
    }[];
    expect(wire.length).toBeGreaterThan(0);
    expect(wire.every((c) => c.status === "pass")).toBe(true);
  });

  it("MESSAGE_RECEIVED never forwarded: the wire cases, whose full check is a message round trip, are not sent, and none is blamed", async () => {
    server = await startBrokenServer(dropping("MESSAGE_RECEIVED"));
    const report = await runConformance({ url: server.url, fuzz: 30, seed: 3 });
    const wire = (report.fuzz?.cases ?? []).filter((c) => c.kind === "wire") as {
      status?: string;
      note?: string;
    }[];
    expect(wire.length).toBeGreaterThan(0);
    for (const c of wire) {
      expect(c.status).toBe("skipped");
      expect(c.note).toMatch(
        /^not sent: the full check fails with no case sent \(before any case a MESSAGE_SENT .*\); the scenarios proved MESSAGE_RECEIVED missing/,
      );
    }
    expect(report.failures.map((g) => g.check)).not.toContain("fuzz-wire-survives");
  });

  // Its speed (the setup does not wait for the notification) is the catalogue bench's to measure.
  it("NOTIFICATION_RECEIVED never sent: the valid additions are still judged, and pass", async () => {
    server = await startBrokenServer(byName("notification-never-sent"));
    const report = await runConformance({ url: server.url, fuzz: 30, seed: 3 });
    const added = cases(report, "GROUP_MEMBER_ADDED", "valid");
    expect(added).toHaveLength(30);
    expect(added.filter((c) => c.status !== "pass").map((c) => c.id)).toEqual([]);
    expect(report.checks.find((c) => c.name === "fuzz-run")?.status).toBe("pass");
  });

  it("unknown events dropped: the fuzz phase fails fuzz-run at once on the scenarios' evidence, without a probe of its own", async () => {
    server = await startBrokenServer(byName("ignores-unknown-events"));
    const report = await runConformance({ url: server.url, fuzz: 30, seed: 3 });
    const run = report.checks.find((c) => c.name === "fuzz-run")?.failures ?? [];
    expect(run.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /could not start: .* \(the scenarios saw none when mallory#1 sent CHAT_CONTRACT_PROBE/,
      ),
    ]);
    // Not started: no payload case was sent (they would each need the probe's answer).
    expect((report.fuzz?.cases ?? []).filter((c) => c.kind !== "wire")).toEqual([]);
    // One --timeout, not two: the server-only event name is not sent after the unknown
    // one went unanswered, and the scenario says so in every reporter.
    const unanswered = report.checks.find((c) => c.name === "rejected-with-error")?.failures;
    expect(unanswered?.map((f) => f.message)).toEqual([
      expect.stringMatching(/after it sent CHAT_CONTRACT_PROBE/),
    ]);
    const scenario = report.scenarios?.find((r) => r.name === "rejects-unknown-event");
    expect(scenario?.notes).toEqual([
      expect.stringMatching(
        /^not sent: USER_CONNECTED, which only the server sends; CHAT_CONTRACT_PROBE, .*, went unanswered for a whole --timeout/,
      ),
    ]);
    expect(renderJunitReport(report)).toContain(
      "not sent: USER_CONNECTED, which only the server sends",
    );
  });

  it("a server-only event name dropped is no evidence against the fuzz phase's probe: payload fuzzing still runs", async () => {
    server = await startBrokenServer(byName("drops-server-only-events"));
    const report = await runConformance({ url: server.url, fuzz: 30, seed: 3 });
    expect(report.checks.find((c) => c.name === "fuzz-run")?.status).toBe("pass");
    expect(cases(report, "MESSAGE_SENT", "valid").every((c) => c.status === "pass")).toBe(true);
    const unanswered = report.checks.find((c) => c.name === "rejected-with-error")?.failures ?? [];
    expect(unanswered.map((f) => f.message)).toEqual([
      expect.stringMatching(/after it sent USER_CONNECTED, which only the server sends/),
    ]);
  });

  it("a liveness probe answered with the wrong errorCode fails fuzz-run at once, saying what came", async () => {
    server = await startBrokenServer(byName("malformed-error"));
    const report = await runConformance({ url: server.url, fuzz: 30, seed: 3 });
    const run = report.checks.find((c) => c.name === "fuzz-run")?.failures ?? [];
    // Had the wait gone on for UNKNOWN_EVENT, the message would be "no answer within".
    expect(run.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /FUZZ_LIVENESS_PROBE was answered with ERROR_OCCURED errorCode "unknown_event"/,
      ),
    ]);
  });

  it("a connection the fuzz phase's traffic got closed is not blamed on that client's last scenario event", async () => {
    server = await startDropsOthersServer();
    const report = await runConformance({ url: server.url, fuzz: 30, seed: 3 });
    const closed = report.checks.find((c) => c.name === "connection-stays-open")?.failures ?? [];
    expect(closed.length).toBeGreaterThan(0); // the target drops every other connection
    for (const failure of closed) {
      expect(failure.step).toBe("while the fuzz phase ran");
      expect(failure.event).toBeUndefined();
    }
    // The scenarios' events stay conformant: the damage is the wire phase's finding.
    expect(report.events.USER_STATUS_CHANGED.status).toBe("pass");
  });

  it("a server that closes a connection after answering an unknown event: blamed there, and no later scenario pays for it", async () => {
    server = await createChatServer({
      port: 0,
      logger: { info() {}, warn() {}, error() {} },
      configure: (io) =>
        io.on("connection", (socket) =>
          socket.onAnyOutgoing((event: string, payload?: { errorCode?: string }) => {
            if (event === "ERROR_OCCURED" && payload?.errorCode === "UNKNOWN_EVENT")
              setImmediate(() => socket.disconnect(true));
          }),
        ),
    });
    const report = await runConformance({ url: server.url, fuzz: 0 });
    const closed = report.checks.find((c) => c.name === "connection-stays-open")?.failures ?? [];
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((f) => f.scenario === "rejects-unknown-event")).toBe(true);
    // presence-on-disconnect watches a mallory connection still open (mallory reconnected).
    expect(report.events.USER_DISCONNECTED.status).toBe("pass");
  });
});
