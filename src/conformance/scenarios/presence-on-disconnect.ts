import { expectEvent } from "../behaviour-checks/event-observed.ts";
import { expectNotDelivered } from "../behaviour-checks/routing.ts";
import { cast } from "./cast.ts";
import { rejectionSender } from "./rejections.ts";
import type { Scenario } from "./scenario.ts";

export const presenceOnDisconnect: Scenario = {
  name: "presence-on-disconnect",
  description:
    "announces a user's last disconnection, not a device's, to the remaining connections",
  events: ["USER_DISCONNECTED"],
  needs: ["presence-on-connect"],
  async run(ctx) {
    const { alice1, alice2, bob1 } = cast(ctx);
    // The watcher: a mallory connection still open (reopened if a rejection got it closed,
    // so that finding is not paid for again here).
    const mallory = await rejectionSender(ctx);
    const { alice, bob } = ctx.ids;
    let marks = ctx.marks();
    ctx.step("alice#2 closes; alice#1 is still open");
    alice2.close();
    ctx.step("alice#1 closes: alice's last connection");
    alice1.close();
    await expectEvent(ctx, [bob1, mallory], marks, {
      event: "USER_DISCONNECTED",
      match: { userId: alice },
      after: "alice's last connection closed",
    });
    // A device's close has no visible effect to wait for. Once the last one is announced,
    // the barrier shows whether the first was announced too; it cannot misjudge a
    // conformant server, which announces alice once.
    await expectNotDelivered(ctx, marks, mallory, [
      {
        event: "USER_DISCONNECTED",
        match: { userId: alice },
        at: [bob1],
        allowed: 1,
        why: "although only a user's last disconnection is announced, not a device's",
      },
    ]);

    ctx.step("bob#1 closes: bob's last connection");
    marks = ctx.marks();
    bob1.close();
    await expectEvent(ctx, [mallory], marks, {
      event: "USER_DISCONNECTED",
      match: { userId: bob },
      after: "bob's last connection closed",
    });
  },
};
