// A notification no step explains names only a user and a kind, so nothing in it says
// which case caused it. With no other client at work, the step out on the lane's own
// connection when it came, or the one before it, is the cause: a case blamed alone must
// be one that triggers the fault, so that its replay line reproduces it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFuzz } from "../../src/conformance/fuzz/index.ts";
import { createChatServer, type ChatServer } from "../../src/server/index.ts";
import { notifyTheActor } from "../fixtures/broken-servers/notifies-the-actor.ts";
import { quietLogger } from "../fixtures/fuzz-targets/quiet-logger.ts";
import { context, failuresOf } from "./fuzz-context.ts";

/** Whoever adds a member whose id has 60 characters or more is notified too. */
const LONG = 60;
let server: ChatServer;
beforeAll(async () => {
  server = await createChatServer({
    port: 0,
    logger: quietLogger,
    configure: (io) =>
      notifyTheActor(io, (event, payload) => {
        const userId = (payload as { userId?: unknown } | undefined)?.userId;
        return (
          event === "GROUP_MEMBER_ADDED" && typeof userId === "string" && userId.length >= LONG
        );
      }),
  });
});
afterAll(() => server.close());

describe("a notification sent to whoever adds a member with a long id", () => {
  it("is blamed on a case that adds such a member, or on two suspects at most, never on another alone", async () => {
    const { checks } = await runFuzz(
      context(server.url, { wire: false, only: ["GROUP_MEMBER_ADDED"] }),
    );
    const failures = failuresOf(checks).filter((f) => f.check === "fuzz-valid-forwarded");
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure.message).toMatch(/received NOTIFICATION_RECEIVED/);
      const suspects = /cannot be singled out: one of (.*) \(--fuzz-case/.exec(failure.message);
      if (suspects !== null) {
        // The step out when it came and the one before, both of its kind: either may be it.
        expect(suspects[1]?.split(", ").length).toBeLessThanOrEqual(2);
        continue;
      }
      const added = (failure.sent as { userId?: string }[] | undefined)?.[0]?.userId ?? "";
      expect(added.length >= LONG, failure.message).toBe(true);
    }
  });
});
