import { equals, serverClock } from "../behaviour-checks/payload-content.ts";
import { cast } from "./cast.ts";
import type { Scenario } from "./scenario.ts";
import { sendAndExpect } from "./send-and-expect.ts";

export const messaging: Scenario = {
  name: "messaging",
  description:
    "delivers a MESSAGE_SENT as MESSAGE_RECEIVED to the other connections in the sender's channel, not back to the sender",
  events: ["MESSAGE_SENT", "MESSAGE_RECEIVED"],
  needs: ["presence-on-connect"],
  async run(ctx) {
    const { alice1, alice2, bob1, mallory1 } = cast(ctx);
    const sent = {
      userId: ctx.ids.alice,
      message: `Lunch at 12:30? (${ctx.ids.run})`,
      timestamp: ctx.clientTimestamp(),
    };
    await sendAndExpect(ctx, {
      sender: alice1,
      event: "MESSAGE_SENT",
      payload: sent,
      where: " in general",
      forwards: [
        {
          event: "MESSAGE_RECEIVED",
          match: { userId: sent.userId },
          content: [equals("/message", sent.message), serverClock(sent.timestamp)],
          at: [alice2, bob1, mallory1],
        },
      ],
      unwanted: [
        {
          event: "MESSAGE_RECEIVED",
          match: { userId: sent.userId },
          at: [alice1],
          why: "although it sent the message; the sender is not a recipient",
        },
      ],
      via: bob1,
    });
  },
};
