// A server may handle one connection's events in any order (python-socketio runs each in
// its own task); only its emits to one connection arrive in order. The fuzz runner must
// neither fail a conformant server of that kind nor lose track of a broken one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFuzz } from "../../src/conformance/fuzz/index.ts";
import type { ChatServer } from "../../src/server/index.ts";
import { startOutOfOrderServer } from "../conformance/out-of-order-server.ts";
import { startDisconnectsServer } from "../fixtures/fuzz-targets/disconnects-on-malformed-payload.ts";
import {
  IGNORED_EVENT,
  startIgnoresInvalidServer,
} from "../fixtures/fuzz-targets/ignores-invalid-silently.ts";
import {
  SKIPPED_EVENT,
  startSkipsValidationServer,
} from "../fixtures/fuzz-targets/skips-validation-of-group-created.ts";
import { context, failuresOf } from "./fuzz-context.ts";

const MAX_DELAY_MS = 20;

describe("runFuzz against a conformant server that handles each connection's events out of order", () => {
  let server: ChatServer;
  beforeAll(async () => {
    server = await startOutOfOrderServer(MAX_DELAY_MS);
  });
  afterAll(() => server.close());

  it.each([1, 2, 3])(
    "passes --fuzz 30 --seed %i with no failure and every case passed",
    async (seed) => {
      const started = performance.now();
      const { checks, report } = await runFuzz(context(server.url, { seed }));
      expect(failuresOf(checks)).toEqual([]);
      expect(checks.every((c) => c.status === "pass")).toBe(true);
      expect(report.cases.filter((c) => c.kind !== "wire")).toHaveLength(8 * 2 * 30);
      expect(report.cases.every((c) => (c as { status?: string }).status === "pass")).toBe(true);
      console.info(
        `fuzz 30 against the out-of-order server: ${report.cases.length} cases in ${((performance.now() - started) / 1000).toFixed(2)} s`,
      );
    },
  );
});

describe("runFuzz against broken targets that also handle events out of order", () => {
  it(`names every invalid ${SKIPPED_EVENT} case the server forwarded, each with the exact payload it sent`, async () => {
    const server = await startSkipsValidationServer(MAX_DELAY_MS);
    try {
      const { checks, report } = await runFuzz(context(server.url, { wire: false }));
      const failures = failuresOf(checks);
      expect(new Set(failures.map((f) => f.event))).toEqual(new Set([SKIPPED_EVENT]));
      const forwarded = failures.filter((f) => f.check === "fuzz-invalid-not-forwarded");
      // Attributed to the case that sent it, not to a neighbour: what arrived is what it sent.
      for (const f of forwarded) expect(f.received, f.step).toEqual(f.sent);
      const culprits = (check: string) =>
        new Set(failures.filter((f) => f.check === check).map((f) => f.step));
      const invalidIds = report.cases
        .filter((c) => c.event === SKIPPED_EVENT && c.kind === "invalid")
        .map((c) => `fuzz case ${c.id}`);
      expect(culprits("fuzz-invalid-rejected")).toEqual(new Set(invalidIds));
      expect(culprits("fuzz-invalid-not-forwarded")).toEqual(new Set(invalidIds));
      expect(report.events[SKIPPED_EVENT]?.valid.failed).toBe(0);
    } finally {
      await server.close();
    }
  });

  it(`names every invalid ${IGNORED_EVENT} case a server drops without a word, and nothing else`, async () => {
    const server = await startIgnoresInvalidServer(MAX_DELAY_MS);
    try {
      const { checks, report } = await runFuzz(
        context(server.url, { timeoutMs: 300, wire: false }),
      );
      const failures = failuresOf(checks);
      expect(new Set(failures.map((f) => f.check))).toEqual(new Set(["fuzz-invalid-rejected"]));
      expect(new Set(failures.map((f) => f.step))).toEqual(
        new Set(
          report.cases
            .filter((c) => c.event === IGNORED_EVENT && c.kind === "invalid")
            .map((c) => `fuzz case ${c.id}`),
        ),
      );
    } finally {
      await server.close();
    }
  });

  it("names each case that made the server drop the connection, and nothing else", async () => {
    const server = await startDisconnectsServer(MAX_DELAY_MS);
    try {
      const { checks } = await runFuzz(
        context(server.url, {
          casesPerKind: 25,
          wire: false,
          only: ["MESSAGE_SENT", "USER_CHANGED_GROUP"],
        }),
      );
      const failures = failuresOf(checks);
      expect(failures.every((f) => f.check === "fuzz-connection-stays-open")).toBe(true);
      const rules = new Set(failures.map((f) => `${f.event} ${f.step?.split("/")[2]}`));
      const nonObject = ["type=integer:", "type=number:", "type=string:", "type=boolean:"];
      const all = [...nonObject, "type=null:", "type=array:", "arguments:0", "arguments:2"];
      expect(rules).toEqual(
        new Set(["MESSAGE_SENT", "USER_CHANGED_GROUP"].flatMap((e) => all.map((r) => `${e} ${r}`))),
      );
    } finally {
      await server.close();
    }
  });
});
