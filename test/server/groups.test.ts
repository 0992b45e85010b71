import { describe, expect, it } from "vitest";
import { barrier, receivedSince, stamp, sync } from "../support/barrier.ts";
import type { RecordingClient } from "../support/recording-client.ts";
import { useRig } from "../support/test-rig.ts";

describe("groups and channels", () => {
  const rig = useRig();

  /** alice (two devices), bob (two devices), carol; alice has created `design`. */
  async function team() {
    const server = await rig.server();
    const [alice, bob, carol] = await rig.connectAll(server, "alice", "bob", "carol");
    const alicePhone = await rig.connect(server, "alice", "alice#phone");
    const bobPhone = await rig.connect(server, "bob", "bob#phone");
    alice!.send("GROUP_CREATED", { groupId: "design", creatorId: "alice", timestamp: stamp() });
    await Promise.all([bob, carol, alicePhone, bobPhone].map((c) => c!.waitFor("GROUP_CREATED")));
    return { server, alice: alice!, alicePhone, bob: bob!, bobPhone, carol: carol! };
  }

  type Team = Awaited<ReturnType<typeof team>>;
  type Member = "alice" | "alicePhone" | "bob" | "bobPhone" | "carol";

  /** `sender` sends the event; it gets ERROR_OCCURED `errorCode` and no other connection gets anything. */
  async function expectRejectedAlone(
    t: Team,
    sender: Member,
    event: "GROUP_MEMBER_ADDED" | "GROUP_MEMBER_REMOVED",
    payload: { groupId: string; userId: string },
    errorCode: string,
  ): Promise<void> {
    const from = t[sender];
    const others = [t.alice, t.alicePhone, t.bob, t.bobPhone, t.carol].filter((c) => c !== from);
    const mark = from.mark();
    const marks = others.map((o) => o.mark());
    from.send(event, { ...payload, timestamp: stamp() });
    expect(await from.waitFor("ERROR_OCCURED", { since: mark })).toMatchObject({ errorCode });
    await barrier(from, others);
    expect(others.map((o, i) => receivedSince(o, marks[i]!))).toEqual(others.map(() => []));
  }

  async function moveTo(client: RecordingClient, channel: string): Promise<void> {
    client.send("USER_CHANGED_GROUP", {
      userId: client.userId,
      newChannelId: channel,
      timestamp: stamp(),
    });
    await sync(client);
  }

  describe("GROUP_CREATED", () => {
    it("forwards a new group to every other connection", async () => {
      const server = await rig.server();
      const [alice, bob] = await rig.connectAll(server, "alice", "bob");
      const alicePhone = await rig.connect(server, "alice", "alice#phone");
      const mark = alice!.mark();
      alice!.send("GROUP_CREATED", { groupId: "design", creatorId: "alice", timestamp: stamp() });
      for (const other of [bob!, alicePhone]) {
        expect(await other.waitFor("GROUP_CREATED")).toMatchObject({
          groupId: "design",
          creatorId: "alice",
        });
      }
      await barrier(bob!, [alice!]);
      expect(receivedSince(alice!, mark)).toEqual([]);
    });

    it("makes the creator the first member: they can enter its channel and add members", async () => {
      const { alice, bob } = await team();
      await moveTo(alice, "design");
      alice.send("GROUP_MEMBER_ADDED", { groupId: "design", userId: "bob", timestamp: stamp() });
      expect(await bob.waitFor("GROUP_MEMBER_ADDED")).toMatchObject({
        groupId: "design",
        userId: "bob",
      });
      expect(alice.count("ERROR_OCCURED")).toBe(1); // the sync reply only
    });

    it.each(["design", "general"])(
      "rejects creating %s, which exists, with CONFLICT and forwards nothing",
      async (groupId) => {
        const { alice, bob } = await team();
        const marks = [alice.mark(), bob.mark()];
        bob.send("GROUP_CREATED", { groupId, creatorId: "bob", timestamp: stamp() });
        expect(await bob.waitFor("ERROR_OCCURED", { since: marks[1] })).toMatchObject({
          errorCode: "CONFLICT",
        });
        await barrier(bob, [alice]);
        expect(receivedSince(alice, marks[0]!)).toEqual([]);
      },
    );
  });

  describe("GROUP_MEMBER_ADDED", () => {
    it("goes to the other connections of every member, the added user included, who also gets NOTIFICATION_RECEIVED", async () => {
      const { alice, alicePhone, bob, bobPhone, carol } = await team();
      const marks = [alice.mark(), alicePhone.mark(), bob.mark(), bobPhone.mark(), carol.mark()];
      alice.send("GROUP_MEMBER_ADDED", { groupId: "design", userId: "bob", timestamp: stamp() });
      for (const member of [alicePhone, bob, bobPhone]) {
        expect(await member.waitFor("GROUP_MEMBER_ADDED")).toMatchObject({
          groupId: "design",
          userId: "bob",
        });
      }
      for (const device of [bob, bobPhone]) {
        expect(await device.waitFor("NOTIFICATION_RECEIVED")).toMatchObject({
          userId: "bob",
          notificationType: "GROUP_MEMBER_ADDED",
        });
      }
      await barrier(bob, [alice, carol]);
      expect(receivedSince(alice, marks[0]!)).toEqual([]);
      expect(receivedSince(alicePhone, marks[1]!)).toEqual(["GROUP_MEMBER_ADDED"]);
      expect(receivedSince(bob, marks[2]!)).toEqual([
        "GROUP_MEMBER_ADDED",
        "NOTIFICATION_RECEIVED",
      ]);
      expect(receivedSince(carol, marks[4]!)).toEqual([]);
    });

    it("adds a user who is offline; they see the group in their snapshot", async () => {
      const { server, alice, alicePhone } = await team();
      alice.send("GROUP_MEMBER_ADDED", { groupId: "design", userId: "erin", timestamp: stamp() });
      expect(await alicePhone.waitFor("GROUP_MEMBER_ADDED")).toMatchObject({ userId: "erin" });
      const erin = await rig.connect(server, "erin");
      expect(erin.payloadsOf("DATA_RECEIVED")[0]?.data).toMatchObject({ groups: ["design"] });
    });

    it.each([
      ["to an unknown group", "NOT_FOUND", "bob", { groupId: "nope", userId: "carol" }],
      ["from a non-member", "FORBIDDEN", "bob", { groupId: "design", userId: "carol" }],
      [
        "of a user who is already a member",
        "CONFLICT",
        "alice",
        { groupId: "design", userId: "alice" },
      ],
      ["to general", "FORBIDDEN", "alice", { groupId: "general", userId: "bob" }],
    ] as const)(
      "rejects adding %s with %s and forwards nothing",
      async (_case, errorCode, sender, payload) => {
        await expectRejectedAlone(await team(), sender, "GROUP_MEMBER_ADDED", payload, errorCode);
      },
    );
  });

  describe("GROUP_MEMBER_REMOVED", () => {
    async function teamWithBobInDesign() {
      const t = await team();
      t.alice.send("GROUP_MEMBER_ADDED", { groupId: "design", userId: "bob", timestamp: stamp() });
      await Promise.all([
        t.bob.waitFor("NOTIFICATION_RECEIVED"),
        t.bobPhone.waitFor("NOTIFICATION_RECEIVED"),
      ]);
      return t;
    }

    it("goes to the remaining members and the removed user, who gets NOTIFICATION_RECEIVED and is moved back to general", async () => {
      const { alice, alicePhone, bob, bobPhone, carol } = await teamWithBobInDesign();
      await moveTo(alice, "design");
      await moveTo(bob, "design"); // bob's phone stays in general
      const marks = [alice.mark(), alicePhone.mark(), bob.mark(), bobPhone.mark(), carol.mark()];
      alicePhone.send("GROUP_MEMBER_REMOVED", {
        groupId: "design",
        userId: "bob",
        timestamp: stamp(),
      });
      for (const client of [alice, bob, bobPhone]) {
        expect(
          await client.waitFor("GROUP_MEMBER_REMOVED", {
            since: 0,
            match: (p) => p.userId === "bob",
          }),
        ).toMatchObject({ groupId: "design" });
      }
      for (const device of [bob, bobPhone]) {
        expect(
          await device.waitFor("NOTIFICATION_RECEIVED", {
            match: (p) => p.notificationType === "GROUP_MEMBER_REMOVED",
          }),
        ).toMatchObject({ userId: "bob" });
      }
      await barrier(alicePhone, [carol]);
      expect(receivedSince(alicePhone, marks[1]!)).toEqual([]);
      expect(receivedSince(bob, marks[2]!)).toEqual([
        "GROUP_MEMBER_REMOVED",
        "NOTIFICATION_RECEIVED",
      ]);
      expect(receivedSince(carol, marks[4]!)).toEqual([]);

      // bob's laptop is back in general: a message there reaches it, one in design does not.
      carol.send("MESSAGE_SENT", { userId: "carol", message: "in general", timestamp: stamp() });
      expect(await bob.waitFor("MESSAGE_RECEIVED")).toMatchObject({ message: "in general" });
      const bobMark = bob.mark();
      alice.send("MESSAGE_SENT", { userId: "alice", message: "in design", timestamp: stamp() });
      await barrier(alice, [bob]);
      expect(receivedSince(bob, bobMark)).toEqual([]);
    });

    it("lets a member leave: no NOTIFICATION_RECEIVED for removing oneself", async () => {
      const { alice, bob, bobPhone } = await teamWithBobInDesign();
      const mark = bobPhone.mark();
      bob.send("GROUP_MEMBER_REMOVED", { groupId: "design", userId: "bob", timestamp: stamp() });
      expect(await alice.waitFor("GROUP_MEMBER_REMOVED")).toMatchObject({ userId: "bob" });
      expect(await bobPhone.waitFor("GROUP_MEMBER_REMOVED")).toMatchObject({ userId: "bob" });
      await barrier(alice, [bobPhone]);
      expect(receivedSince(bobPhone, mark)).toEqual(["GROUP_MEMBER_REMOVED"]);
      bob.send("USER_CHANGED_GROUP", { userId: "bob", newChannelId: "design", timestamp: stamp() });
      expect(await bob.waitFor("ERROR_OCCURED")).toMatchObject({ errorCode: "FORBIDDEN" });
    });

    it("keeps a group that has no members left", async () => {
      const { alice, bob } = await team();
      alice.send("GROUP_MEMBER_REMOVED", {
        groupId: "design",
        userId: "alice",
        timestamp: stamp(),
      });
      await sync(alice);
      bob.send("GROUP_CREATED", { groupId: "design", creatorId: "bob", timestamp: stamp() });
      expect(await bob.waitFor("ERROR_OCCURED")).toMatchObject({ errorCode: "CONFLICT" });
    });

    it.each([
      ["from an unknown group", "NOT_FOUND", "alice", { groupId: "nope", userId: "bob" }],
      ["by a non-member", "FORBIDDEN", "carol", { groupId: "design", userId: "bob" }],
      [
        "of a user who is not a member",
        "NOT_FOUND",
        "alice",
        { groupId: "design", userId: "carol" },
      ],
      ["from general", "FORBIDDEN", "alice", { groupId: "general", userId: "bob" }],
    ] as const)(
      "rejects removing %s with %s and forwards nothing",
      async (_case, errorCode, sender, payload) => {
        const members = await teamWithBobInDesign();
        await expectRejectedAlone(members, sender, "GROUP_MEMBER_REMOVED", payload, errorCode);
      },
    );
  });

  describe("USER_CHANGED_GROUP", () => {
    it("moves a connection into a group and tells the connections already in that channel", async () => {
      const { alice, alicePhone, bob } = await team();
      await moveTo(alicePhone, "design");
      const marks = [alicePhone.mark(), bob.mark()];
      alice.send("USER_CHANGED_GROUP", {
        userId: "alice",
        newChannelId: "design",
        timestamp: stamp(),
      });
      expect(await alicePhone.waitFor("USER_CHANGED_GROUP", { since: marks[0] })).toMatchObject({
        userId: "alice",
        newChannelId: "design",
      });
      await barrier(alicePhone, [bob, alice]);
      expect(receivedSince(bob, marks[1]!)).toEqual([]);
      // The connection is in exactly one channel: design now, no longer general.
      const aliceMark = alice.mark();
      bob.send("MESSAGE_SENT", { userId: "bob", message: "general only", timestamp: stamp() });
      await barrier(bob, [alice]);
      expect(receivedSince(alice, aliceMark)).toEqual([]);
      alicePhone.send("MESSAGE_SENT", {
        userId: "alice",
        message: "design only",
        timestamp: stamp(),
      });
      expect(await alice.waitFor("MESSAGE_RECEIVED", { since: aliceMark })).toMatchObject({
        message: "design only",
      });
    });

    it("accepts the channel as an object with an id and forwards the string form", async () => {
      const { alice, alicePhone } = await team();
      await moveTo(alicePhone, "design");
      alice.send("USER_CHANGED_GROUP", {
        userId: "alice",
        newChannelId: { id: "design", name: "Design" },
        timestamp: stamp(),
      });
      const moved = await alicePhone.waitFor("USER_CHANGED_GROUP");
      expect(moved.newChannelId).toBe("design");
    });

    it("moves a connection back to general", async () => {
      const { alice, bob } = await team();
      await moveTo(alice, "design");
      const mark = bob.mark();
      alice.send("USER_CHANGED_GROUP", {
        userId: "alice",
        newChannelId: "general",
        timestamp: stamp(),
      });
      expect(await bob.waitFor("USER_CHANGED_GROUP", { since: mark })).toMatchObject({
        userId: "alice",
        newChannelId: "general",
      });
    });

    it.each([
      ["an unknown channel", "NOT_FOUND", "nope"],
      ["a group the user is not in", "FORBIDDEN", "design"],
    ])("rejects moving to %s with %s and forwards nothing", async (_case, errorCode, channel) => {
      const { alice, bob, carol } = await team();
      await moveTo(alice, "design");
      const marks = [alice.mark(), bob.mark(), carol.mark()];
      carol.send("USER_CHANGED_GROUP", {
        userId: "carol",
        newChannelId: channel,
        timestamp: stamp(),
      });
      expect(await carol.waitFor("ERROR_OCCURED", { since: marks[2] })).toMatchObject({
        errorCode,
      });
      await barrier(carol, [alice, bob]);
      expect([receivedSince(alice, marks[0]!), receivedSince(bob, marks[1]!)]).toEqual([[], []]);
      // carol is still in general.
      bob.send("MESSAGE_SENT", { userId: "bob", message: "still here?", timestamp: stamp() });
      expect(await carol.waitFor("MESSAGE_RECEIVED", { since: marks[2] })).toMatchObject({
        message: "still here?",
      });
    });
  });
});
