import { equals, serverClock } from "../behaviour-checks/payload-content.ts";
import { expectNotDelivered, expectNotifiedOnce } from "../behaviour-checks/routing.ts";
import { cast } from "./cast.ts";
import type { Scenario } from "./scenario.ts";
import { sendAndExpect } from "./send-and-expect.ts";

export const memberRemoval: Scenario = {
  name: "member-removal",
  description:
    "forwards a member removal to the remaining members and the removed user, notifies them once, and moves their connection back to general",
  events: ["GROUP_MEMBER_REMOVED", "NOTIFICATION_RECEIVED"],
  needs: ["channel-change"],
  async run(ctx) {
    const { alice1, alice2, bob1, mallory1 } = cast(ctx);
    const { bob, group, mallory } = ctx.ids;
    const start = ctx.marks();
    const removed = { groupId: group, userId: bob, timestamp: ctx.clientTimestamp() };
    await sendAndExpect(
      ctx,
      {
        sender: alice1,
        event: "GROUP_MEMBER_REMOVED",
        payload: removed,
        where: ` (bob from ${group})`,
        forwards: [
          {
            event: "GROUP_MEMBER_REMOVED",
            match: { groupId: group, userId: bob },
            content: [serverClock(removed.timestamp)],
            at: [alice2, bob1],
          },
          {
            // The type singles it out: another client (a bot) may add bob to a group too.
            // One naming bob with another type, none of a bot's, is a wrong notification.
            event: "NOTIFICATION_RECEIVED",
            match: { userId: bob, notificationType: "GROUP_MEMBER_REMOVED" },
            instead: {
              match: { userId: bob },
              content: [equals("/notificationType", "GROUP_MEMBER_REMOVED")],
            },
            at: [bob1],
          },
        ],
      },
      start,
    );
    // bob#1 was in the group's channel: it must be back in general, where mallory#1 is.
    const probe = {
      userId: mallory,
      message: `Is bob back in general? (${ctx.ids.run})`,
      timestamp: ctx.clientTimestamp(),
    };
    await sendAndExpect(ctx, {
      sender: mallory1,
      event: "MESSAGE_SENT",
      payload: probe,
      where: " in general, where the removal moved bob#1",
      forwards: [
        {
          event: "MESSAGE_RECEIVED",
          match: { userId: mallory },
          content: [equals("/message", probe.message)],
          at: [bob1],
        },
      ],
    });
    await expectNotDelivered(ctx, start, bob1, [
      {
        event: "MESSAGE_RECEIVED",
        match: { userId: mallory },
        at: [alice1, alice2],
        why: "although it is in the group's channel, not in general",
      },
      {
        event: "GROUP_MEMBER_REMOVED",
        match: { groupId: group },
        at: [alice1],
        why: "although it sent the removal; the sender is not a recipient",
      },
      {
        event: "GROUP_MEMBER_REMOVED",
        match: { groupId: group },
        at: [mallory1],
        why: "although mallory is not a member of the group",
      },
      {
        event: "NOTIFICATION_RECEIVED",
        at: [alice1, alice2, mallory1],
        why: "although only bob was removed, by someone else",
      },
    ]);
    // As in groups: bob#1's own barrier proves nothing about bob#1.
    await expectNotifiedOnce(ctx, start, alice2, bob1, {
      userId: bob,
      kind: "GROUP_MEMBER_REMOVED",
    });
  },
};
