import { describe, expect, it } from "vitest";
import { runFuzz } from "../../src/conformance/fuzz/index.ts";
import { idsIn, isForeign } from "../../src/conformance/fuzz/steps.ts";
import { createChatServer } from "../../src/server/index.ts";
import { rewriteField } from "../fixtures/broken-servers/tamper.ts";
import { quietLogger } from "../fixtures/fuzz-targets/quiet-logger.ts";
import { context, failuresOf } from "./fuzz-context.ts";

const own = new Set(["fuzz-sender-1", "fuzz-group-1", ""]);
const frame = (event: string, payload: unknown) => ({ event, args: [payload] });

describe("another client's traffic on a shared server", () => {
  it("is foreign when every id it names is one the run never named", () => {
    expect(isForeign(frame("MESSAGE_RECEIVED", { userId: "carol", message: "hi" }), own)).toBe(
      true,
    );
    expect(isForeign(frame("GROUP_CREATED", { groupId: "g9", creatorId: "carol" }), own)).toBe(
      true,
    );
  });

  it("is the run's own when one id is the run's: a forward the run caused is always judged", () => {
    // A broken server forwards an invalid payload whose userId the case emptied.
    expect(isForeign(frame("MESSAGE_RECEIVED", { userId: "", message: "x" }), own)).toBe(false);
    const moved = frame("USER_CHANGED_GROUP", {
      userId: "x",
      newChannelId: { id: "fuzz-group-1" },
    });
    expect(isForeign(moved, own)).toBe(false);
    // A member the run never named, added to the run's group: the run's business.
    const stranger = frame("GROUP_MEMBER_ADDED", { groupId: "fuzz-group-1", userId: "carol" });
    expect(isForeign(stranger, own)).toBe(false);
  });

  it("takes a membership change in a group the run never named for another's, even of the run's user (a welcome bot)", () => {
    const added = frame("GROUP_MEMBER_ADDED", { groupId: "carols", userId: "fuzz-sender-1" });
    expect(isForeign(added, own)).toBe(true);
    const removed = frame("GROUP_MEMBER_REMOVED", { groupId: "carols", userId: "fuzz-sender-1" });
    expect(isForeign(removed, own)).toBe(true);
  });

  it("never hides a frame that names no id: an invalid payload forwarded without its userId, an error, a non-object", () => {
    expect(isForeign(frame("MESSAGE_RECEIVED", { message: "x" }), own)).toBe(false);
    expect(isForeign(frame("MESSAGE_RECEIVED", { userId: 42, message: "x" }), own)).toBe(false);
    expect(isForeign(frame("MESSAGE_RECEIVED", [1, 2]), own)).toBe(false);
    expect(isForeign(frame("ERROR_OCCURED", { userId: "carol", errorCode: "X" }), own)).toBe(false);
  });

  it("reads newChannelId as a string or as { id }", () => {
    expect(idsIn({ userId: "u", newChannelId: "general" })).toEqual(["u", "general"]);
    expect(idsIn({ newChannelId: { id: "g" } })).toEqual(["g"]);
    expect(idsIn("text")).toEqual([]);
  });
});

describe("a server that changes the run's ids on the way", () => {
  it("still fails, and the failure shows the forward it set aside as another client's", async () => {
    // As a database that cannot store characters outside the BMP would: the run's sender
    // id has one, and every MESSAGE_RECEIVED comes back with it replaced by "?".
    const server = await createChatServer({
      port: 0,
      logger: quietLogger,
      configure: (io) =>
        rewriteField(io, "MESSAGE_RECEIVED", "userId", (p) =>
          String(p["userId"]).replace(/[\u{10000}-\u{10FFFF}]/gu, "?"),
        ),
    });
    try {
      const { checks } = await runFuzz(context(server.url, { wire: false }));
      const forwarded = failuresOf(checks).filter((f) => f.check === "fuzz-valid-forwarded");
      expect(forwarded.length).toBeGreaterThan(0);
      const first = forwarded[0]!;
      expect(first.event).toBe("MESSAGE_SENT");
      expect(first.message).toMatch(/it did receive MESSAGE_RECEIVED .*names none of the ids/);
      expect(JSON.stringify(first.received)).toMatch(/"userId":"[^"]*\?/);
    } finally {
      await server.close();
    }
  });
});
