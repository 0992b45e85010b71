import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFuzz } from "../../src/conformance/fuzz/index.ts";
import type { Failure } from "../../src/conformance/results.ts";
import { createChatServer, type ChatServer } from "../../src/server/index.ts";
import { startDisconnectsServer } from "../fixtures/fuzz-targets/disconnects-on-malformed-payload.ts";
import { startDropsOthersServer } from "../fixtures/fuzz-targets/drops-others-on-malformed-frame.ts";
import {
  IGNORED_EVENT,
  startIgnoresInvalidServer,
} from "../fixtures/fuzz-targets/ignores-invalid-silently.ts";
import { quietLogger } from "../fixtures/fuzz-targets/quiet-logger.ts";
import { startRateLimitsEveryThirdServer } from "../fixtures/fuzz-targets/rate-limits-every-third.ts";
import { startStopsAnsweringServer } from "../fixtures/fuzz-targets/stops-answering.ts";
import {
  SKIPPED_EVENT,
  startSkipsValidationServer,
} from "../fixtures/fuzz-targets/skips-validation-of-group-created.ts";
import { context, failuresOf } from "./fuzz-context.ts";

describe("runFuzz against the reference server", () => {
  let server: ChatServer;
  beforeAll(async () => {
    server = await createChatServer({ port: 0, logger: quietLogger });
  });
  afterAll(() => server.close());

  it("passes --fuzz 200 with every case's result in the report, counted per event and kind", async () => {
    const started = performance.now();
    const { checks, report } = await runFuzz(
      context(server.url, { casesPerKind: 200, seed: 20261128 }),
    );
    const seconds = (performance.now() - started) / 1000;
    expect(failuresOf(checks)).toEqual([]);
    expect(checks.every((c) => c.status === "pass")).toBe(true);
    expect(Object.keys(report.events)).toHaveLength(8);
    for (const counts of Object.values(report.events)) {
      expect(counts.valid).toMatchObject({ cases: 200, failed: 0 });
      expect(counts.invalid).toMatchObject({ cases: 200, failed: 0 });
    }
    expect(report.cases.filter((c) => c.kind !== "wire")).toHaveLength(8 * 2 * 200);
    expect(report.wire.failed).toBe(0);
    expect(report.wire.cases).toBeGreaterThan(20);
    expect(report.cases.every((c) => c.ok)).toBe(true);
    console.info(
      `fuzz 200 against the reference server: ${report.cases.length} cases in ${seconds.toFixed(2)} s`,
    );
  });

  it("sends the same bytes for the same seed (two fresh servers), and the seed's cases change with the seed", async () => {
    const traffic = async (seed: number) => {
      const seen: string[] = [];
      const fresh = await createChatServer({
        port: 0,
        logger: quietLogger,
        configure: (io) =>
          io.on("connection", (socket) =>
            socket.onAny((event: string, ...args: unknown[]) =>
              seen.push(JSON.stringify([event, ...args])),
            ),
          ),
      });
      try {
        await runFuzz(context(fresh.url, { seed, casesPerKind: 12, wire: false }));
      } finally {
        await fresh.close();
      }
      return seen.sort();
    };
    const [a, b, c] = [await traffic(99), await traffic(99), await traffic(100)];
    expect(a.length).toBeGreaterThan(8 * 2 * 12);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });
});

describe("runFuzz against a tight rate limit", () => {
  it("retries what RATE_LIMITED dropped and never counts it as a failure (regression: a dropped setup step)", async () => {
    const server = await startRateLimitsEveryThirdServer();
    try {
      const { checks, report } = await runFuzz(
        context(server.url, { casesPerKind: 20, wire: false, maxRetries: 30 }),
      );
      expect(failuresOf(checks)).toEqual([]);
      const attempts = report.cases.map((c) => (c as { attempts?: number }).attempts ?? 1);
      expect(Math.max(...attempts)).toBeGreaterThan(1);
      expect(report.cases.every((c) => (c as { status?: string }).status === "pass")).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe("runFuzz misuse", () => {
  it("throws a TypeError naming a --fuzz-case id the run cannot produce, before connecting", async () => {
    await expect(
      runFuzz(context("http://127.0.0.1:9", { cases: ["MESSAGE_SENT/invalid/nope:/x/0"] })),
    ).rejects.toThrow(
      /--fuzz-case MESSAGE_SENT\/invalid\/nope:\/x\/0: no such case with --fuzz 30/,
    );
    await expect(
      runFuzz(
        context("http://127.0.0.1:9", {
          cases: ["MESSAGE_SENT/invalid/type=null:/5"],
          casesPerKind: 3,
        }),
      ),
    ).rejects.toThrow(TypeError);
  });
});

describe("runFuzz against broken targets", () => {
  it(`fails on a server that skips validation of ${SKIPPED_EVENT}, naming the event and the exact payload`, async () => {
    const server = await startSkipsValidationServer();
    try {
      const { checks, report } = await runFuzz(context(server.url, { wire: false }));
      const failures = failuresOf(checks);
      expect(failures.length).toBeGreaterThan(0);
      expect(new Set(failures.map((f) => f.event))).toEqual(new Set([SKIPPED_EVENT]));
      const notRejected = failures.filter((f) => f.check === "fuzz-invalid-rejected");
      const forwarded = failures.filter((f) => f.check === "fuzz-invalid-not-forwarded");
      expect(notRejected.length).toBeGreaterThan(0);
      expect(forwarded.length).toBeGreaterThan(0);
      // The forwarded payload is the one the case sent: the failure shows both.
      const f = forwarded.find((x) => Array.isArray(x.sent) && x.sent.length === 1) as Failure;
      expect(f.received).toEqual(f.sent);
      // Every forward is blamed on the case that sent it, never on a neighbour's.
      for (const x of forwarded.filter((y) => Array.isArray(y.sent) && y.sent.length === 1))
        expect(x.received, x.step).toEqual(x.sent);
      expect(f.reproduce).toMatch(/--fuzz 30 --seed 7 --only GROUP_CREATED --fuzz-case /);
      expect(report.events[SKIPPED_EVENT]?.invalid.failed).toBeGreaterThan(0);
      for (const [event, counts] of Object.entries(report.events)) {
        if (event !== SKIPPED_EVENT)
          expect(counts.invalid.failed + counts.valid.failed, event).toBe(0);
      }

      // The reproduce command's case, alone, fails again with the same payload.
      const caseId = (f.step ?? "").replace("fuzz case ", "");
      const again = await runFuzz(
        context(server.url, { wire: false, only: [SKIPPED_EVENT], cases: [caseId] }),
      );
      expect(again.report.cases.map((c) => c.id)).toEqual([caseId]);
      const replayed = failuresOf(again.checks).find((x) => x.check === "fuzz-invalid-rejected");
      expect(replayed?.sent).toEqual(notRejected.find((x) => x.step === f.step)?.sent);
    } finally {
      await server.close();
    }
  });

  it("fails on a server that drops the connection on a non-object payload, naming each such case", async () => {
    const server = await startDisconnectsServer();
    try {
      const { checks } = await runFuzz(
        context(server.url, {
          casesPerKind: 25,
          wire: false,
          only: ["MESSAGE_SENT", "USER_CHANGED_GROUP"],
        }),
      );
      const dropped = failuresOf(checks).filter((f) => f.check === "fuzz-connection-stays-open");
      expect(new Set(dropped.map((f) => f.event))).toEqual(
        new Set(["MESSAGE_SENT", "USER_CHANGED_GROUP"]),
      );
      const rules = new Set(dropped.map((f) => f.step?.split("/")[2]));
      expect(rules).toEqual(
        new Set([
          "type=integer:",
          "type=number:",
          "type=string:",
          "type=boolean:",
          "type=null:",
          "type=array:",
          "arguments:0",
          "arguments:2",
        ]),
      );
      const nullCase = dropped.find(
        (f) => f.step === "fuzz case MESSAGE_SENT/invalid/type=null:/0",
      );
      expect(nullCase?.sent).toEqual([null]);
      expect(nullCase?.message).toMatch(/closed the sender's connection/);
      // Everything else about the two events is fine.
      expect(failuresOf(checks).filter((f) => f.check !== "fuzz-connection-stays-open")).toEqual(
        [],
      );
    } finally {
      await server.close();
    }
  });

  it(`names every invalid ${IGNORED_EVENT} case a server drops without a word`, async () => {
    const server = await startIgnoresInvalidServer();
    const timeoutMs = 300;
    try {
      const { checks, report } = await runFuzz(context(server.url, { timeoutMs, wire: false }));
      const failures = failuresOf(checks);
      expect(new Set(failures.map((f) => f.check))).toEqual(new Set(["fuzz-invalid-rejected"]));
      expect(new Set(failures.map((f) => f.step))).toEqual(
        new Set(
          report.cases
            .filter((c) => c.event === IGNORED_EVENT && c.kind === "invalid")
            .map((c) => `fuzz case ${c.id}`),
        ),
      );
      expect(failures[0]?.message).toMatch(/no ERROR_OCCURED came back within 300 ms/);
    } finally {
      await server.close();
    }
  });

  it("stops with a fuzz-run failure when the server stops answering, instead of a timeout per case", async () => {
    const server = await startStopsAnsweringServer(60);
    try {
      const { checks, report } = await runFuzz(
        context(server.url, { timeoutMs: 200, wire: false }),
      );
      const run = checks.find((c) => c.name === "fuzz-run");
      expect(run?.failures.map((f) => f.message).join("\n")).toMatch(/stopped answering/);
      expect(
        report.cases.filter((c) => (c as { status?: string }).status === "skipped").length,
      ).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it("a frame whose damage only the survival check sees: its batch runs again one case at a time, and the frame is named exactly", async () => {
    const server = await startDropsOthersServer();
    try {
      const { checks, report } = await runFuzz(context(server.url, { payload: false }));
      const failures = checks.find((c) => c.name === "fuzz-wire-survives")?.failures ?? [];
      // Random frames may hold an unparsable EVENT too; the named cases hold one only here.
      const named = failures.filter((f) => !f.step?.includes("wire/random/"));
      expect(named.map((f) => f.step)).toEqual(["fuzz case wire/sio-bad-json/0"]);
      expect(named[0]?.message).toMatch(/closed an established connection/);
      const wire = report.cases.filter((c) => c.kind === "wire") as unknown as {
        id: string;
        status: string;
        note?: string;
      }[];
      // Run again alone: exactly the batch the frame was in; the phase then went on.
      const again = wire.filter((c) => c.note?.startsWith("run again alone"));
      expect(again.map((c) => c.id)).toContain("wire/sio-bad-json/0");
      expect(again.length).toBeLessThan(wire.length);
      expect(wire.filter((c) => c.status === "skipped")).toEqual([]);
      const failed = wire.filter((c) => c.status === "fail" && !c.id.startsWith("wire/random/"));
      expect(failed.map((c) => c.id)).toEqual(["wire/sio-bad-json/0"]);
    } finally {
      await server.close();
    }
  });

  describe("a server that crashes on a malformed frame", () => {
    let child: ChildProcess;
    let url: string;
    beforeAll(async () => {
      child = spawn(
        process.execPath,
        ["--import", "tsx", "test/fixtures/fuzz-targets/crashes-on-malformed-frame.ts"],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
      url = chunk.toString().trim();
    });
    afterAll(() => {
      child.kill();
    });

    it("fails fuzz-wire-survives, naming the frame among the cases since the last check, in order", async () => {
      const { checks, report } = await runFuzz(context(url, { payload: false }));
      const wire = checks.find((c) => c.name === "fuzz-wire-survives");
      expect(wire?.status).toBe("fail");
      const failures = wire?.failures ?? [];
      expect(failures).toHaveLength(1);
      // The server is gone: it cannot be asked which of the cases since the last full check
      // did it. The culprit is among them, the last one sent (it got no proper close).
      const ids = failures[0]?.step?.replace(/^fuzz cases /, "").split(", ") ?? [];
      expect(ids.at(-1)).toBe("wire/sio-bad-json/0");
      expect(ids.length).toBeLessThanOrEqual(10);
      expect(failures[0]?.message).toMatch(
        /wire\/sio-bad-json\/0 got neither an answer nor a proper close/,
      );
      expect(failures[0]?.sent).toContain("42[");
      expect(failures[0]?.reproduce).toMatch(/--fuzz-case wire\//);
      expect(report.wire.failed).toBe(1);
      expect(
        report.cases.filter(
          (c) => c.kind === "wire" && (c as { status?: string }).status === "skipped",
        ).length,
      ).toBeGreaterThan(0);
      expect(child.exitCode ?? (await once(child, "exit"))[0]).toBe(70);
    });
  });
});
