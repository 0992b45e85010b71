import { describe, expect, it } from "vitest";
import { barrier, receivedSince, stamp } from "../support/barrier.ts";
import { useRig } from "../support/test-rig.ts";

describe("presence", () => {
  const rig = useRig();

  it("sends DATA_RECEIVED with the SESSION_SNAPSHOT to the new connection only", async () => {
    const server = await rig.server();
    const alice = await rig.connect(server, "alice");
    const mark = alice.mark();
    const bob = await rig.connect(server, "bob");
    const snapshot = await bob.waitFor("DATA_RECEIVED");
    expect(snapshot).toMatchObject({
      dataType: "SESSION_SNAPSHOT",
      data: { userId: "bob", channelId: "general", onlineUsers: ["alice", "bob"], groups: [] },
    });
    expect(bob.received[0]?.event).toBe("DATA_RECEIVED");
    await alice.waitFor("USER_CONNECTED", { since: mark });
    expect(alice.eventsSince(mark)).toEqual(["USER_CONNECTED"]);
  });

  it("lists the user's groups in the snapshot of a later connection", async () => {
    const server = await rig.server();
    const [alice, bob] = await rig.connectAll(server, "alice", "bob");
    alice!.send("GROUP_CREATED", { groupId: "design", creatorId: "alice", timestamp: stamp() });
    alice!.send("GROUP_CREATED", { groupId: "ops", creatorId: "alice", timestamp: stamp() });
    alice!.send("GROUP_MEMBER_ADDED", { groupId: "design", userId: "bob", timestamp: stamp() });
    await bob!.waitFor("NOTIFICATION_RECEIVED");
    const bobPhone = await rig.connect(server, "bob", "bob#phone");
    expect(bobPhone.payloadsOf("DATA_RECEIVED")[0]?.data).toEqual({
      userId: "bob",
      channelId: "general",
      onlineUsers: ["alice", "bob"],
      groups: ["design"],
    });
  });

  it("announces a user's first connection to every other connection with USER_CONNECTED", async () => {
    const server = await rig.server();
    const [alice, bob] = await rig.connectAll(server, "alice", "bob");
    const marks = [alice!.mark(), bob!.mark()];
    const carol = await rig.connect(server, "carol");
    const announced = await Promise.all([
      alice!.waitFor("USER_CONNECTED", { since: marks[0] }),
      bob!.waitFor("USER_CONNECTED", { since: marks[1] }),
    ]);
    expect(announced.map((p) => p.userId)).toEqual(["carol", "carol"]);
    expect(carol.count("USER_CONNECTED")).toBe(0);
  });

  it("does not announce a second connection of a user that is already connected", async () => {
    const server = await rig.server();
    const [alice, bob] = await rig.connectAll(server, "alice", "bob");
    const mark = alice!.mark();
    await rig.connect(server, "bob", "bob#phone");
    await barrier(bob!, [alice!]);
    expect(receivedSince(alice!, mark)).toEqual([]);
  });

  it("sends USER_DISCONNECTED only when the user's last connection closes", async () => {
    const server = await rig.server();
    const [alice, bobLaptop] = await rig.connectAll(server, "alice", "bob");
    const bobPhone = await rig.connect(server, "bob", "bob#phone");
    const mark = alice!.mark();
    await bobLaptop!.close();
    // bob still has his phone: nothing is announced.
    await barrier(bobPhone, [alice!]);
    expect(receivedSince(alice!, mark)).toEqual([]);
    await bobPhone.close();
    const gone = await alice!.waitFor("USER_DISCONNECTED", { since: mark });
    expect(gone.userId).toBe("bob");
    expect(alice!.count("USER_DISCONNECTED", mark)).toBe(1);
  });

  it("takes a user who left out of the next snapshot's online users", async () => {
    const server = await rig.server();
    const [alice, bob] = await rig.connectAll(server, "alice", "bob");
    await bob!.close();
    await alice!.waitFor("USER_DISCONNECTED");
    const carol = await rig.connect(server, "carol");
    expect(carol.payloadsOf("DATA_RECEIVED")[0]?.data).toMatchObject({
      onlineUsers: ["alice", "carol"],
    });
  });
});
