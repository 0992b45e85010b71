import { equals, serverClock } from "../behaviour-checks/payload-content.ts";
import { cast } from "./cast.ts";
import type { Scenario } from "./scenario.ts";
import { sendAndExpect } from "./send-and-expect.ts";

export const groupRouting: Scenario = {
  name: "group-routing",
  description:
    "delivers a message sent in a group's channel to the connections in that channel only, not to a connection in general",
  events: ["MESSAGE_SENT", "MESSAGE_RECEIVED"],
  needs: ["channel-change"],
  async run(ctx) {
    const { alice1, alice2, bob1, mallory1 } = cast(ctx);
    const sent = {
      userId: ctx.ids.bob,
      message: `Design review moved to 3pm (${ctx.ids.run})`,
      timestamp: ctx.clientTimestamp(),
    };
    await sendAndExpect(ctx, {
      sender: bob1,
      event: "MESSAGE_SENT",
      payload: sent,
      where: ` in ${ctx.ids.group}`,
      forwards: [
        {
          event: "MESSAGE_RECEIVED",
          match: { userId: sent.userId },
          content: [equals("/message", sent.message), serverClock(sent.timestamp)],
          at: [alice1, alice2],
        },
      ],
      unwanted: [
        {
          event: "MESSAGE_RECEIVED",
          match: { userId: sent.userId },
          at: [mallory1],
          why: "although it is in general, not in the group's channel",
        },
        {
          event: "MESSAGE_RECEIVED",
          match: { userId: sent.userId },
          at: [bob1],
          why: "although it sent the message; the sender is not a recipient",
        },
      ],
      via: alice1,
    });
  },
};
