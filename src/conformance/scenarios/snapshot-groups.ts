import { excludesAll, includesAll } from "../behaviour-checks/payload-content.ts";
import { expectSnapshot } from "./presence-on-connect.ts";
import type { Scenario } from "./scenario.ts";

export const snapshotGroups: Scenario = {
  name: "snapshot-groups",
  description:
    "lists the groups a user belongs to, and not one it does not, in the session snapshot of a new connection of that user",
  events: ["DATA_RECEIVED"],
  needs: ["groups"],
  async run(ctx) {
    const { alice, bob, mallory, group } = ctx.ids;
    // alice created the group: a member whatever became of the addition; mallory was never
    // added. Another device of a user is announced to no one; both close again so later
    // scenarios meet the same connections. Other groups on a long-lived server are not the
    // run's to judge: only the run's group must be listed, or not.
    ctx.step(
      `alice#3 connects as ${alice}, a member of ${group}, and mallory#2 as ${mallory}, not one`,
    );
    const alice3 = ctx.openAs("alice");
    const mallory2 = ctx.openAs("mallory");
    try {
      await Promise.all([
        expectSnapshot(ctx, alice3, [alice, bob], includesAll("/data/groups", [group])),
        expectSnapshot(ctx, mallory2, [alice, bob, mallory], excludesAll("/data/groups", [group])),
      ]);
    } finally {
      alice3.close();
      mallory2.close();
    }
  },
};
