import { includesAll } from "../behaviour-checks/payload-content.ts";
import { expectSnapshot } from "./presence-on-connect.ts";
import type { Scenario } from "./scenario.ts";

export const snapshotGroups: Scenario = {
  name: "snapshot-groups",
  description:
    "lists the groups a user belongs to in the session snapshot of a new connection of that user",
  events: ["DATA_RECEIVED"],
  needs: ["groups"],
  async run(ctx) {
    const { alice, bob, group } = ctx.ids;
    // alice created the group: a member whatever became of the addition. A third device
    // is announced to no one; it closes again so later scenarios meet the same connections.
    ctx.step(`alice#3 connects as ${alice}, a member of ${group}`);
    const alice3 = ctx.openAs("alice");
    try {
      // A long-lived server may hold other groups: the run's group must be among them.
      await expectSnapshot(ctx, alice3, [alice, bob], includesAll("/data/groups", [group]));
    } finally {
      alice3.close();
    }
  },
};
