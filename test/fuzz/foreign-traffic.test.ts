import type { Server } from "socket.io";
import { describe, expect, it } from "vitest";
import { runFuzz } from "../../src/conformance/fuzz/index.ts";
import { idsIn, isForeign } from "../../src/conformance/fuzz/steps.ts";
import { createChatServer } from "../../src/server/index.ts";
import { rewriteField } from "../fixtures/broken-servers/tamper.ts";
import { quietLogger } from "../fixtures/fuzz-targets/quiet-logger.ts";
import { context, failuresOf } from "./fuzz-context.ts";

const own = new Set(["fuzz-sender-1", "fuzz-group-1", "", "made-up-user-7"]);
/** The users the run connects as; made-up users never connect. */
const connected = new Set(["fuzz-sender-1"]);
const foreign = (r: { event: string; args: unknown[] }) => isForeign(r, own, connected);
const frame = (event: string, payload: unknown) => ({ event, args: [payload] });

describe("another client's traffic on a shared server", () => {
  it("is foreign when every id it names is one the run never named", () => {
    expect(foreign(frame("MESSAGE_RECEIVED", { userId: "carol", message: "hi" }))).toBe(true);
    expect(foreign(frame("GROUP_CREATED", { groupId: "g9", creatorId: "carol" }))).toBe(true);
  });

  it("is the run's own when one id is the run's: a forward the run caused is always judged", () => {
    // A broken server forwards an invalid payload whose userId the case emptied.
    expect(foreign(frame("MESSAGE_RECEIVED", { userId: "", message: "x" }))).toBe(false);
    const moved = frame("USER_CHANGED_GROUP", {
      userId: "x",
      newChannelId: { id: "fuzz-group-1" },
    });
    expect(foreign(moved)).toBe(false);
    // A member the run never named, added to the run's group: the run's business.
    const stranger = frame("GROUP_MEMBER_ADDED", { groupId: "fuzz-group-1", userId: "carol" });
    expect(foreign(stranger)).toBe(false);
  });

  it("judges a membership change in a group the run never named when it names a user the run made up (a leaked or copied step)", () => {
    const copied = frame("GROUP_MEMBER_ADDED", {
      groupId: "fuzz-group-1-shadow",
      userId: "made-up-user-7",
    });
    expect(foreign(copied)).toBe(false);
  });

  it("takes a membership change in a group the run never named for another's, even of the run's user (a welcome bot)", () => {
    const added = frame("GROUP_MEMBER_ADDED", { groupId: "carols", userId: "fuzz-sender-1" });
    expect(foreign(added)).toBe(true);
    const removed = frame("GROUP_MEMBER_REMOVED", { groupId: "carols", userId: "fuzz-sender-1" });
    expect(foreign(removed)).toBe(true);
  });

  it("never hides a frame that names no id: an invalid payload forwarded without its userId, an error, a non-object", () => {
    expect(foreign(frame("MESSAGE_RECEIVED", { message: "x" }))).toBe(false);
    expect(foreign(frame("MESSAGE_RECEIVED", { userId: 42, message: "x" }))).toBe(false);
    expect(foreign(frame("MESSAGE_RECEIVED", [1, 2]))).toBe(false);
    expect(foreign(frame("ERROR_OCCURED", { userId: "carol", errorCode: "X" }))).toBe(false);
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

describe("a server that copies the run's membership changes into another group", () => {
  it("still fails: the copies name users the run made up, which no other client can know", async () => {
    const server = await createChatServer({
      port: 0,
      logger: quietLogger,
      configure: (typed) => {
        // Untyped on purpose: the copy is what the contract does not allow.
        const io = typed as unknown as Server;
        io.on("connection", (socket) =>
          socket.on("GROUP_MEMBER_ADDED", (payload: Record<string, unknown>) => {
            const groupId = `${String(payload?.["groupId"])}-shadow`;
            io.emit("GROUP_MEMBER_ADDED", {
              ...payload,
              groupId,
              timestamp: new Date().toISOString(),
            });
          }),
        );
      },
    });
    try {
      const { checks } = await runFuzz(
        context(server.url, { wire: false, only: ["GROUP_MEMBER_ADDED"] }),
      );
      const failures = failuresOf(checks);
      expect(failures.length).toBeGreaterThan(0);
      expect(failures.some((f) => JSON.stringify(f.received ?? "").includes("-shadow"))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
