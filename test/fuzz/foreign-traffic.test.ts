import { describe, expect, it } from "vitest";
import { idsIn, isForeign } from "../../src/conformance/fuzz/steps.ts";

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
    // Carol adds the run's sender to her group: that concerns the run.
    const added = frame("GROUP_MEMBER_ADDED", { groupId: "carols", userId: "fuzz-sender-1" });
    expect(isForeign(added, own)).toBe(false);
    // A broken server forwards an invalid payload whose userId the case emptied.
    expect(isForeign(frame("MESSAGE_RECEIVED", { userId: "", message: "x" }), own)).toBe(false);
    const moved = frame("USER_CHANGED_GROUP", {
      userId: "x",
      newChannelId: { id: "fuzz-group-1" },
    });
    expect(isForeign(moved, own)).toBe(false);
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
