import { equals, serverClock } from "../behaviour-checks/payload-content.ts";
import { cast } from "./cast.ts";
import type { Scenario } from "./scenario.ts";
import { sendAndExpect } from "./send-and-expect.ts";

export const status: Scenario = {
  name: "status",
  description: "forwards a USER_STATUS_CHANGED to every other connection, not back to the sender",
  events: ["USER_STATUS_CHANGED"],
  needs: ["presence-on-connect"],
  async run(ctx) {
    const { alice1, alice2, bob1, mallory1 } = cast(ctx);
    const sent = { userId: ctx.ids.bob, newStatus: "busy", timestamp: ctx.clientTimestamp() };
    await sendAndExpect(ctx, {
      sender: bob1,
      event: "USER_STATUS_CHANGED",
      payload: sent,
      forwards: [
        {
          event: "USER_STATUS_CHANGED",
          match: { userId: sent.userId },
          content: [equals("/newStatus", sent.newStatus), serverClock(sent.timestamp)],
          at: [alice1, alice2, mallory1],
        },
      ],
      unwanted: [
        {
          event: "USER_STATUS_CHANGED",
          match: { userId: sent.userId },
          at: [bob1],
          why: "although it announced the status; the sender is not a recipient",
        },
      ],
      via: alice1,
    });
  },
};
