import { expectEvent } from "../behaviour-checks/event-observed.ts";
import { equals, includesAll, type ContentRule } from "../behaviour-checks/payload-content.ts";
import { expectNotDelivered } from "../behaviour-checks/routing.ts";
import type { RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
import type { Scenario } from "./scenario.ts";

/**
 * DATA_RECEIVED SESSION_SNAPSHOT at a new connection: its own user, in general, online,
 * and, when given, a rule on its groups. The groups are snapshot-groups' to judge: on a
 * shared server another client may have added the run's users to groups of its own (a
 * welcome bot), so only the run's group says what a snapshot must and must not list.
 */
export function expectSnapshot(
  ctx: RunContext,
  client: TestClient,
  online: string[],
  groups?: ContentRule,
) {
  return expectEvent(ctx, [client], new Map([[client, 0]]), {
    event: "DATA_RECEIVED",
    match: { dataType: "SESSION_SNAPSHOT" },
    content: [
      equals("/data/userId", client.userId),
      equals("/data/channelId", "general"),
      includesAll("/data/onlineUsers", online),
      ...(groups === undefined ? [] : [groups]),
    ],
    after: `${client.label}'s connection opened`,
  });
}

export const presenceOnConnect: Scenario = {
  name: "presence-on-connect",
  description:
    "sends each new connection its session snapshot and announces a user's first connection, not a second device, to every other connection",
  events: ["DATA_RECEIVED", "USER_CONNECTED"],
  async run(ctx) {
    const { alice, bob, mallory } = ctx.ids;
    // The connect phase opened alice#1; it has recorded since.
    const alice1 = ctx.client("alice#1");
    ctx.step(`alice#1 connects as ${alice}`);
    await expectSnapshot(ctx, alice1, [alice]);

    ctx.step(`bob#1 connects as ${bob}`);
    let marks = ctx.marks();
    const bob1 = ctx.openAs("bob");
    await Promise.all([
      expectEvent(ctx, [alice1], marks, {
        event: "USER_CONNECTED",
        match: { userId: bob },
        after: "bob's first connection opened",
      }),
      expectSnapshot(ctx, bob1, [alice, bob]),
    ]);

    ctx.step(`alice#2 connects as ${alice}, a second device`);
    marks = ctx.marks();
    const alice2 = ctx.openAs("alice");
    await expectSnapshot(ctx, alice2, [alice, bob]);
    await expectNotDelivered(ctx, marks, alice2, [
      {
        event: "USER_CONNECTED",
        match: { userId: alice },
        at: [alice1, bob1],
        why: "for alice's second device; only a user's first connection is announced",
      },
      {
        event: "DATA_RECEIVED",
        match: { dataType: "SESSION_SNAPSHOT" },
        at: [alice1, bob1],
        why: "when alice#2 connected; a snapshot goes to the new connection only",
      },
    ]);

    ctx.step(`mallory#1 connects as ${mallory}`);
    marks = ctx.marks();
    const mallory1 = ctx.openAs("mallory");
    await Promise.all([
      expectEvent(ctx, [alice1, alice2, bob1], marks, {
        event: "USER_CONNECTED",
        match: { userId: mallory },
        after: "mallory's first connection opened",
      }),
      expectSnapshot(ctx, mallory1, [alice, bob, mallory]),
    ]);
  },
};
