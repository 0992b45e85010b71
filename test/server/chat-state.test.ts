import { describe, expect, it } from "vitest";
import { ChatState } from "../../src/server/chat-state.ts";

describe("ChatState", () => {
  it("counts connections per user: first and last are reported", () => {
    const state = new ChatState();
    expect(state.connect("alice")).toBe(true);
    expect(state.connect("alice")).toBe(false);
    expect(state.onlineUsers()).toEqual(["alice"]);
    expect(state.disconnect("alice")).toBe(false);
    expect(state.disconnect("alice")).toBe(true);
    expect(state.onlineUsers()).toEqual([]);
  });

  it("makes a group's creator its first member and keeps the reverse index in step", () => {
    const state = new ChatState();
    state.createGroup("design", "alice");
    state.addMember("design", "bob");
    expect(state.membersOf("design")).toEqual(["alice", "bob"]);
    expect(state.groupsOf("bob")).toEqual(["design"]);
    state.removeMember("design", "bob");
    expect(state.isMember("design", "bob")).toBe(false);
    expect(state.groupsOf("bob")).toEqual([]);
  });

  it("keeps a group that lost all its members", () => {
    const state = new ChatState();
    state.createGroup("design", "alice");
    state.removeMember("design", "alice");
    expect(state.hasGroup("design")).toBe(true);
    expect(state.membersOf("design")).toEqual([]);
  });
});
