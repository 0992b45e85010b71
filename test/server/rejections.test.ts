import { describe, expect, it } from "vitest";
import { barrier, receivedSince, stamp } from "../support/barrier.ts";
import { useRig } from "../support/test-rig.ts";

const t = stamp;

describe("rejections", () => {
  const rig = useRig();

  async function pair(options = {}) {
    const server = await rig.server(options);
    const [alice, bob] = await rig.connectAll(server, "alice", "bob");
    return { server, alice: alice!, bob: bob! };
  }

  describe("INVALID_PAYLOAD", () => {
    it.each([
      [
        "a field of the wrong type",
        ["MESSAGE_SENT", { userId: 7, message: "hi", timestamp: t() }],
        ["/userId", "must be string"],
      ],
      [
        "a missing field",
        ["MESSAGE_SENT", { userId: "alice", timestamp: t() }],
        ["/message", "required property 'message'"],
      ],
      [
        "an extra field",
        [
          "FILE_UPLOADED",
          { userId: "alice", fileName: "a", fileSize: 1, timestamp: t(), path: "/etc" },
        ],
        ["/path", "additional properties"],
      ],
      [
        "a message over 4000 characters",
        ["MESSAGE_SENT", { userId: "alice", message: "x".repeat(4001), timestamp: t() }],
        ["/message", "4000"],
      ],
      [
        "a status outside the enum",
        ["USER_STATUS_CHANGED", { userId: "alice", newStatus: "gone", timestamp: t() }],
        ["/newStatus", '"online", "offline", "busy", "away"'],
      ],
      [
        "a timestamp without a timezone",
        ["MESSAGE_SENT", { userId: "alice", message: "hi", timestamp: "2026-11-28T02:11:03" }],
        ["/timestamp", "date-time"],
      ],
      [
        "a file name with a slash",
        ["FILE_UPLOADED", { userId: "alice", fileName: "../x", fileSize: 1, timestamp: t() }],
        ["/fileName", "pattern"],
      ],
      [
        "a negative file size",
        ["FILE_UPLOADED", { userId: "alice", fileName: "a", fileSize: -1, timestamp: t() }],
        ["/fileSize", ">= 0"],
      ],
      [
        "a settings update without newValue",
        ["USER_SETTINGS_UPDATED", { userId: "alice", settingName: "theme", timestamp: t() }],
        ["/newValue", "required"],
      ],
      [
        "a channel that is neither a string nor an object",
        ["USER_CHANGED_GROUP", { userId: "alice", newChannelId: 5, timestamp: t() }],
        ["/newChannelId", "must be string"],
      ],
      [
        "a payload that is not an object",
        ["MESSAGE_SENT", "hello"],
        ["(payload)", "must be object"],
      ],
      ["a null payload", ["GROUP_CREATED", null], ["(payload)", "must be object"]],
      ["an array payload", ["GROUP_CREATED", [1, 2]], ["(payload)", "must be object"]],
      ["no argument", ["MESSAGE_SENT"], ["exactly one argument", "got 0"]],
      [
        "two arguments",
        ["MESSAGE_SENT", { userId: "alice", message: "hi", timestamp: t() }, { more: 1 }],
        ["exactly one argument", "got 2"],
      ],
    ] as const)(
      "answers %s with INVALID_PAYLOAD naming the field and what was expected, and forwards nothing",
      async (_case, [event, ...args], needles) => {
        const { alice, bob } = await pair();
        const marks = [alice.mark(), bob.mark()];
        alice.emitRaw(event, ...args);
        const error = await alice.waitFor("ERROR_OCCURED", { since: marks[0] });
        expect(error.errorCode).toBe("INVALID_PAYLOAD");
        expect(error.errorMessage).toContain(event);
        for (const needle of needles) expect(error.errorMessage).toContain(needle);
        await barrier(alice, [bob]);
        expect(receivedSince(bob, marks[1]!)).toEqual([]);
        expect(alice.eventsSince(marks[0]!)).toEqual(["ERROR_OCCURED"]);
        expect(alice.socket.connected).toBe(true);
      },
    );
  });

  describe("UNKNOWN_EVENT", () => {
    it.each([
      ["an event the contract does not have", "HELLO"],
      ["an event only the server may send", "MESSAGE_RECEIVED"],
      ["the handshake-only CONNECTION_ERROR", "CONNECTION_ERROR"],
      ["an event named error", "error"],
      ["a numeric event name", 42],
    ])("answers %s with UNKNOWN_EVENT naming it, and forwards nothing", async (_case, name) => {
      const { alice, bob } = await pair();
      const marks = [alice.mark(), bob.mark()];
      alice.emitRaw(name, { userId: "alice", message: "hi", timestamp: t() });
      const error = await alice.waitFor("ERROR_OCCURED", { since: marks[0] });
      expect(error.errorCode).toBe("UNKNOWN_EVENT");
      expect(error.errorMessage).toContain(JSON.stringify(name));
      await barrier(alice, [bob]);
      expect(receivedSince(bob, marks[1]!)).toEqual([]);
    });

    it("checks the name before anything else: an unknown event with no argument is UNKNOWN_EVENT", async () => {
      const { alice } = await pair();
      alice.emitRaw("HELLO");
      expect(await alice.waitFor("ERROR_OCCURED")).toMatchObject({ errorCode: "UNKNOWN_EVENT" });
    });

    it("bounds the length of an unknown event name echoed in the error", async () => {
      const { alice } = await pair();
      alice.emitRaw("X".repeat(50_000), {});
      const error = await alice.waitFor("ERROR_OCCURED");
      expect(error.errorCode).toBe("UNKNOWN_EVENT");
      expect(error.errorMessage.length).toBeLessThan(500);
    });
  });

  describe("acknowledgement callbacks", () => {
    it("ignores an ack callback and does not count it as an argument", async () => {
      const { alice, bob } = await pair();
      let acked = false;
      alice.socket.emit(
        "MESSAGE_SENT",
        { userId: "alice", message: "with ack", timestamp: t() },
        () => (acked = true),
      );
      expect(await bob.waitFor("MESSAGE_RECEIVED")).toMatchObject({ message: "with ack" });
      expect(alice.count("ERROR_OCCURED")).toBe(0);
      expect(acked).toBe(false);
    });

    it("still rejects an invalid payload sent with an ack", async () => {
      const { alice } = await pair();
      alice.socket.emit("MESSAGE_SENT", { userId: "alice" } as never, () => undefined);
      expect(await alice.waitFor("ERROR_OCCURED")).toMatchObject({ errorCode: "INVALID_PAYLOAD" });
    });
  });

  it("answers rejections in the order the events came, between accepted events", async () => {
    const { alice, bob } = await pair();
    alice.send("MESSAGE_SENT", { userId: "bob", message: "impersonation", timestamp: t() }); // FORBIDDEN (handler)
    alice.emitRaw("MESSAGE_SENT", { userId: "alice" }); // INVALID_PAYLOAD (guard)
    alice.emitRaw("NOPE", {}); // UNKNOWN_EVENT (guard)
    alice.send("GROUP_CREATED", { groupId: "g", creatorId: "alice", timestamp: t() }); // accepted
    alice.send("GROUP_CREATED", { groupId: "g", creatorId: "alice", timestamp: t() }); // CONFLICT (handler)
    await alice.waitForCount("ERROR_OCCURED", 4);
    expect(alice.payloadsOf("ERROR_OCCURED").map((e) => e.errorCode)).toEqual([
      "FORBIDDEN",
      "INVALID_PAYLOAD",
      "UNKNOWN_EVENT",
      "CONFLICT",
    ]);
    expect(await bob.waitFor("GROUP_CREATED")).toMatchObject({ groupId: "g" });
  });

  describe("RATE_LIMITED", () => {
    it("drops events over the per-connection limit with RATE_LIMITED, forwards none of them, and keeps the connection", async () => {
      const { server, alice, bob } = await pair({ rateLimit: { events: 5, perMs: 60_000 } });
      const carol = await rig.connect(server, "carol");
      const mark = bob.mark();
      for (let i = 1; i <= 8; i++)
        alice.send("MESSAGE_SENT", { userId: "alice", message: `m${i}`, timestamp: t() });
      await alice.waitForCount("ERROR_OCCURED", 3);
      const errors = alice.payloadsOf("ERROR_OCCURED");
      expect(errors.map((e) => e.errorCode)).toEqual([
        "RATE_LIMITED",
        "RATE_LIMITED",
        "RATE_LIMITED",
      ]);
      expect(errors[0]?.errorMessage).toContain("MESSAGE_SENT");
      // carol's barrier is processed after alice's eighth event (its reply came back).
      await barrier(carol, [bob]);
      expect(bob.payloadsOf("MESSAGE_RECEIVED", mark).map((p) => p.message)).toEqual([
        "m1",
        "m2",
        "m3",
        "m4",
        "m5",
      ]);
      expect(alice.socket.connected).toBe(true);
    });

    it("limits each connection on its own and each user across all of their connections", async () => {
      const { server, alice, bob } = await pair({
        rateLimit: { events: 3, perMs: 60_000 },
        userRateLimit: { events: 5, perMs: 60_000 },
      });
      const alicePhone = await rig.connect(server, "alice", "alice#phone");
      const send = (client: typeof alice, message: string) =>
        client.send("MESSAGE_SENT", { userId: "alice", message, timestamp: t() });
      const mark = bob.mark();
      for (let i = 1; i <= 4; i++) send(alice, `laptop ${i}`);
      await alice.waitForCount("ERROR_OCCURED", 1);
      expect(alice.payloadsOf("ERROR_OCCURED")[0]?.errorMessage).toContain("this connection");
      // The phone's own bucket is full, but alice has 2 of her 5 left.
      for (let i = 1; i <= 3; i++) send(alicePhone, `phone ${i}`);
      await alicePhone.waitForCount("ERROR_OCCURED", 1);
      expect(alicePhone.payloadsOf("ERROR_OCCURED")[0]).toMatchObject({
        errorCode: "RATE_LIMITED",
        errorMessage: expect.stringContaining("this user across its connections"),
      });
      bob.send("MESSAGE_SENT", { userId: "bob", message: "bob is fine", timestamp: t() });
      await barrier(bob, [alice, alicePhone]);
      const bobView = bob.payloadsOf("MESSAGE_RECEIVED", mark).map((p) => p.message);
      expect(bobView).toEqual(["laptop 1", "laptop 2", "laptop 3", "phone 1", "phone 2"]);
      expect(alice.payloadsOf("MESSAGE_RECEIVED").map((p) => p.message)).toContain("bob is fine");
      expect(alice.socket.connected && alicePhone.socket.connected).toBe(true);
    });

    it("is on by default: a burst of 1,500 events is partly refused", async () => {
      const { alice } = await pair();
      for (let i = 0; i < 1500; i++)
        alice.send("USER_SETTINGS_UPDATED", {
          userId: "alice",
          settingName: "n",
          newValue: { i },
          timestamp: t(),
        });
      await alice.waitForCount("ERROR_OCCURED", 1, { timeoutMs: 10_000 });
      expect(alice.payloadsOf("ERROR_OCCURED")[0]?.errorCode).toBe("RATE_LIMITED");
    });
  });

  describe("INTERNAL", () => {
    it("answers a handler failure with INTERNAL, logs it, and keeps serving", async () => {
      // Without the guard, a null payload reaches the handler, which fails on it.
      const { alice, bob } = await pair({ validateIncoming: false });
      rig.allowErrorLogs = true;
      alice.emitRaw("MESSAGE_SENT", null);
      const error = await alice.waitFor("ERROR_OCCURED");
      expect(error).toMatchObject({
        errorCode: "INTERNAL",
        errorMessage: expect.stringContaining("MESSAGE_SENT"),
      });
      expect(rig.logs.some((line) => line.startsWith("error: MESSAGE_SENT from alice"))).toBe(true);
      alice.send("MESSAGE_SENT", { userId: "alice", message: "still up", timestamp: t() });
      expect(await bob.waitFor("MESSAGE_RECEIVED")).toMatchObject({ message: "still up" });
    });

    it("survives a client event named error without the guard", async () => {
      const { alice, bob } = await pair({ validateIncoming: false });
      alice.emitRaw("error", { boom: true });
      alice.send("MESSAGE_SENT", { userId: "alice", message: "after error", timestamp: t() });
      expect(await bob.waitFor("MESSAGE_RECEIVED")).toMatchObject({ message: "after error" });
    });
  });
});
