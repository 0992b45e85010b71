import { describe, expect, it } from "vitest";
import { barrier, receivedSince, stamp, sync } from "../support/barrier.ts";
import { useRig } from "../support/test-rig.ts";

describe("messages, files, status and settings", () => {
  const rig = useRig();

  /** alice (two devices) and bob in general, carol in her own group's channel. */
  async function room() {
    const server = await rig.server();
    const [alice, bob, carol] = await rig.connectAll(server, "alice", "bob", "carol");
    const alicePhone = await rig.connect(server, "alice", "alice#phone");
    carol!.send("GROUP_CREATED", { groupId: "carols", creatorId: "carol", timestamp: stamp() });
    carol!.send("USER_CHANGED_GROUP", {
      userId: "carol",
      newChannelId: "carols",
      timestamp: stamp(),
    });
    await sync(carol!);
    await Promise.all([
      alice!.waitFor("GROUP_CREATED"),
      alicePhone.waitFor("GROUP_CREATED"),
      bob!.waitFor("GROUP_CREATED"),
    ]);
    return { server, alice: alice!, alicePhone, bob: bob!, carol: carol! };
  }

  it("delivers MESSAGE_SENT as MESSAGE_RECEIVED to the other connections in the sender's channel only", async () => {
    const { alice, alicePhone, bob, carol } = await room();
    const marks = [alice.mark(), carol.mark()];
    alice.send("MESSAGE_SENT", { userId: "alice", message: "lunch? 🍜", timestamp: stamp() });
    for (const other of [bob, alicePhone]) {
      const got = await other.waitFor("MESSAGE_RECEIVED");
      expect(got).toMatchObject({ userId: "alice", message: "lunch? 🍜" });
    }
    await barrier(bob, [alice, carol]);
    expect(receivedSince(alice, marks[0]!)).toEqual([]);
    expect(receivedSince(carol, marks[1]!)).toEqual([]);
  });

  it("stamps MESSAGE_RECEIVED with the server's clock, not the sender's", async () => {
    const { alice, bob } = await room();
    alice.send("MESSAGE_SENT", {
      userId: "alice",
      message: "from the past",
      timestamp: "2001-01-01T00:00:00.000Z",
    });
    const got = await bob.waitFor("MESSAGE_RECEIVED");
    expect(Math.abs(Date.parse(got.timestamp) - Date.now())).toBeLessThan(5000);
  });

  it("delivers messages within a group's channel to the connections in it", async () => {
    const { server, carol, bob } = await room();
    const dave = await rig.connect(server, "dave");
    carol.send("GROUP_MEMBER_ADDED", { groupId: "carols", userId: "dave", timestamp: stamp() });
    await dave.waitFor("NOTIFICATION_RECEIVED");
    dave.send("USER_CHANGED_GROUP", { userId: "dave", newChannelId: "carols", timestamp: stamp() });
    await carol.waitFor("USER_CHANGED_GROUP");
    const mark = bob.mark();
    carol.send("MESSAGE_SENT", { userId: "carol", message: "in here", timestamp: stamp() });
    expect(await dave.waitFor("MESSAGE_RECEIVED")).toMatchObject({
      userId: "carol",
      message: "in here",
    });
    await barrier(carol, [bob]);
    expect(receivedSince(bob, mark)).toEqual([]);
  });

  it("forwards FILE_UPLOADED to the other connections in the sender's channel only", async () => {
    const { alice, alicePhone, bob, carol } = await room();
    const mark = carol.mark();
    alice.send("FILE_UPLOADED", {
      userId: "alice",
      fileName: "Q3-report.pdf",
      fileSize: 482113,
      timestamp: stamp(),
    });
    for (const other of [bob, alicePhone]) {
      expect(await other.waitFor("FILE_UPLOADED")).toMatchObject({
        userId: "alice",
        fileName: "Q3-report.pdf",
        fileSize: 482113,
      });
    }
    await barrier(bob, [carol]);
    expect(receivedSince(carol, mark)).toEqual([]);
    expect(alice.count("FILE_UPLOADED")).toBe(0);
  });

  it("forwards USER_STATUS_CHANGED to every other connection, whatever its channel", async () => {
    const { alice, alicePhone, bob, carol } = await room();
    const mark = alice.mark();
    alice.send("USER_STATUS_CHANGED", { userId: "alice", newStatus: "busy", timestamp: stamp() });
    for (const other of [bob, carol, alicePhone]) {
      expect(await other.waitFor("USER_STATUS_CHANGED")).toMatchObject({
        userId: "alice",
        newStatus: "busy",
      });
    }
    await barrier(bob, [alice]);
    expect(receivedSince(alice, mark)).toEqual([]);
  });

  it("syncs USER_SETTINGS_UPDATED to the sender's other connections only", async () => {
    const { alice, alicePhone, bob, carol } = await room();
    const marks = [alice.mark(), bob.mark(), carol.mark()];
    const newValue = { from: "22:00", to: "07:00" };
    alice.send("USER_SETTINGS_UPDATED", {
      userId: "alice",
      settingName: "quietHours",
      newValue,
      timestamp: stamp(),
    });
    expect(await alicePhone.waitFor("USER_SETTINGS_UPDATED")).toMatchObject({
      userId: "alice",
      settingName: "quietHours",
      newValue,
    });
    await barrier(alicePhone, [alice, bob, carol]);
    expect(marks.map((m, i) => receivedSince([alice, bob, carol][i]!, m))).toEqual([[], [], []]);
  });

  it("syncs a setting whose value is not an object", async () => {
    const { alice, alicePhone } = await room();
    alice.send("USER_SETTINGS_UPDATED", {
      userId: "alice",
      settingName: "theme",
      newValue: "dark",
      timestamp: stamp(),
    });
    expect(await alicePhone.waitFor("USER_SETTINGS_UPDATED")).toMatchObject({ newValue: "dark" });
  });

  it("never echoes fields the contract does not have", async () => {
    const { alice, bob } = await room();
    // Rejected by the guard (closed payload), so nothing with `extra` can leave the server.
    alice.emitRaw("MESSAGE_SENT", {
      userId: "alice",
      message: "hi",
      timestamp: stamp(),
      extra: "x",
    });
    const error = await alice.waitFor("ERROR_OCCURED");
    expect(error).toMatchObject({
      errorCode: "INVALID_PAYLOAD",
      errorMessage: expect.stringContaining("/extra"),
    });
    alice.send("MESSAGE_SENT", { userId: "alice", message: "hi", timestamp: stamp() });
    expect(Object.keys(await bob.waitFor("MESSAGE_RECEIVED")).sort()).toEqual([
      "message",
      "timestamp",
      "userId",
    ]);
  });
});
