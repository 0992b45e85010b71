import { equals, serverClock } from "../behaviour-checks/payload-content.ts";
import { expectNotifiedOnce } from "../behaviour-checks/routing.ts";
import { cast } from "./cast.ts";
import type { Scenario } from "./scenario.ts";
import { sendAndExpect } from "./send-and-expect.ts";

export const groups: Scenario = {
  name: "groups",
  description:
    "announces a new group to every other connection, forwards a member addition to the members' other connections and notifies the added user, once",
  events: ["GROUP_CREATED", "GROUP_MEMBER_ADDED", "NOTIFICATION_RECEIVED"],
  needs: ["presence-on-connect"],
  async run(ctx) {
    const { alice1, alice2, bob1, mallory1 } = cast(ctx);
    const { alice, bob, group } = ctx.ids;
    const marks = ctx.marks();
    const created = { groupId: group, creatorId: alice, timestamp: ctx.clientTimestamp() };
    await sendAndExpect(
      ctx,
      {
        sender: alice1,
        event: "GROUP_CREATED",
        payload: created,
        where: ` ${group}`,
        forwards: [
          {
            event: "GROUP_CREATED",
            match: { groupId: group },
            content: [equals("/creatorId", alice), serverClock(created.timestamp)],
            at: [alice2, bob1, mallory1],
          },
        ],
      },
      marks,
    );
    const added = { groupId: group, userId: bob, timestamp: ctx.clientTimestamp() };
    await sendAndExpect(
      ctx,
      {
        sender: alice1,
        event: "GROUP_MEMBER_ADDED",
        payload: added,
        where: ` (bob to ${group})`,
        forwards: [
          {
            event: "GROUP_MEMBER_ADDED",
            match: { groupId: group, userId: bob },
            content: [serverClock(added.timestamp)],
            at: [alice2, bob1],
          },
          {
            // The type singles it out: another client (a bot) may add bob to a group too.
            // One naming bob with another type, none of a bot's, is a wrong notification.
            event: "NOTIFICATION_RECEIVED",
            match: { userId: bob, notificationType: "GROUP_MEMBER_ADDED" },
            instead: {
              match: { userId: bob },
              content: [equals("/notificationType", "GROUP_MEMBER_ADDED")],
            },
            at: [bob1],
          },
        ],
        // Both steps' unwanted deliveries, proven by one barrier once the addition was seen.
        unwanted: [
          {
            event: "GROUP_CREATED",
            match: { groupId: group },
            at: [alice1],
            why: "although it created the group; the sender is not a recipient",
          },
          {
            event: "GROUP_MEMBER_ADDED",
            match: { groupId: group },
            at: [alice1],
            why: "although it sent the addition; the sender is not a recipient",
          },
          {
            event: "GROUP_MEMBER_ADDED",
            match: { groupId: group },
            at: [mallory1],
            why: "although mallory is not a member of the group",
          },
          {
            event: "NOTIFICATION_RECEIVED",
            at: [alice1, alice2, mallory1],
            why: "although only bob was added, by someone else",
          },
        ],
        via: bob1,
      },
      marks,
    );
    // bob#1 announced the barrier above, which proves nothing about bob#1 itself.
    await expectNotifiedOnce(ctx, marks, alice2, bob1, { userId: bob, kind: "GROUP_MEMBER_ADDED" });
  },
};
