import { describe, expect, it } from "vitest";
import type { ClientToServerEventName, EventPayloads } from "../../src/contract/index.ts";
import { barrier, receivedSince, stamp } from "../support/barrier.ts";
import { useRig } from "../support/test-rig.ts";

/** Each client-to-server event that names its sender, sent by bob as alice. */
const AS_ALICE: { [E in ClientToServerEventName]?: () => EventPayloads[E] } = {
  MESSAGE_SENT: () => ({ userId: "alice", message: "I owe bob 100€", timestamp: stamp() }),
  FILE_UPLOADED: () => ({
    userId: "alice",
    fileName: "payroll.xlsx",
    fileSize: 1,
    timestamp: stamp(),
  }),
  USER_STATUS_CHANGED: () => ({ userId: "alice", newStatus: "offline", timestamp: stamp() }),
  USER_SETTINGS_UPDATED: () => ({
    userId: "alice",
    settingName: "theme",
    newValue: { dark: true },
    timestamp: stamp(),
  }),
  GROUP_CREATED: () => ({ groupId: "fake", creatorId: "alice", timestamp: stamp() }),
  USER_CHANGED_GROUP: () => ({ userId: "alice", newChannelId: "general", timestamp: stamp() }),
};

describe("acting as another user", () => {
  const rig = useRig();

  it.each(Object.keys(AS_ALICE) as ClientToServerEventName[])(
    "rejects %s from another user with FORBIDDEN and forwards nothing",
    async (event) => {
      const server = await rig.server();
      const [alice, bob, carol] = await rig.connectAll(server, "alice", "bob", "carol");
      const bobPhone = await rig.connect(server, "bob", "bob#phone");
      const observers = [alice!, carol!, bobPhone];
      const marks = observers.map((o) => o.mark());
      const mark = bob!.mark();
      bob!.send(event, AS_ALICE[event]!() as never);
      const error = await bob!.waitFor("ERROR_OCCURED", { since: mark });
      expect(error).toMatchObject({
        errorCode: "FORBIDDEN",
        errorMessage: expect.stringContaining("alice"),
      });
      expect(bob!.eventsSince(mark)).toEqual(["ERROR_OCCURED"]);
      await barrier(bob!, observers);
      expect(observers.map((o, i) => receivedSince(o, marks[i]!))).toEqual([[], [], []]);
      expect(bob!.socket.connected).toBe(true);
    },
  );
});
