import { expectEither } from "../behaviour-checks/event-observed.ts";
import { equals } from "../behaviour-checks/payload-content.ts";
import { expectNotDelivered } from "../behaviour-checks/routing.ts";
import { cast } from "./cast.ts";
import type { Scenario } from "./scenario.ts";
import { sendAndExpect } from "./send-and-expect.ts";

export const channelChange: Scenario = {
  name: "channel-change",
  description:
    "moves a connection into a group it belongs to and forwards USER_CHANGED_GROUP to the connections already there, in string form, and to no one else",
  events: ["USER_CHANGED_GROUP"],
  needs: ["groups"],
  async run(ctx) {
    const { alice1, alice2, bob1, mallory1 } = cast(ctx);
    const { alice, bob, group } = ctx.ids;
    const start = ctx.marks();
    ctx.step(`alice#2 and bob#1 send USER_CHANGED_GROUP into ${group}`);
    alice2.emit("USER_CHANGED_GROUP", {
      userId: alice,
      newChannelId: group,
      timestamp: ctx.clientTimestamp(),
    });
    bob1.emit("USER_CHANGED_GROUP", {
      userId: bob,
      newChannelId: group,
      timestamp: ctx.clientTimestamp(),
    });
    // Nobody is in the group's channel yet, so the first move has no visible effect; the
    // second is forwarded to the first. Which one the server handles second is its business.
    const after = `alice#2 and bob#1 sent USER_CHANGED_GROUP into ${group}`;
    const content = [equals("/newChannelId", group)];
    await expectEither(ctx, start, [
      {
        client: alice2,
        expected: { event: "USER_CHANGED_GROUP", match: { userId: bob }, content, after },
      },
      {
        client: bob1,
        expected: { event: "USER_CHANGED_GROUP", match: { userId: alice }, content, after },
      },
    ]);
    // The object form of newChannelId is accepted; the server forwards the string form.
    await sendAndExpect(ctx, {
      sender: alice1,
      event: "USER_CHANGED_GROUP",
      payload: {
        userId: alice,
        newChannelId: { id: group, name: "Design team" },
        timestamp: ctx.clientTimestamp(),
      },
      where: ` into ${group} (object form)`,
      forwards: [
        { event: "USER_CHANGED_GROUP", match: { userId: alice }, content, at: [alice2, bob1] },
      ],
    });
    const notThere = "although it is not in the destination channel";
    await expectNotDelivered(ctx, start, bob1, [
      { event: "USER_CHANGED_GROUP", match: { userId: alice }, at: [mallory1], why: notThere },
      {
        event: "USER_CHANGED_GROUP",
        match: { userId: bob },
        at: [mallory1, alice1],
        why: notThere,
      },
      {
        event: "USER_CHANGED_GROUP",
        match: { userId: alice },
        at: [alice1],
        why: "although it was in general, then the sender",
      },
    ]);
  },
};
