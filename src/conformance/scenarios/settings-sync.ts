import { equals, serverClock } from "../behaviour-checks/payload-content.ts";
import { cast } from "./cast.ts";
import type { Scenario } from "./scenario.ts";
import { sendAndExpect } from "./send-and-expect.ts";

export const settingsSync: Scenario = {
  name: "settings-sync",
  description:
    "forwards a USER_SETTINGS_UPDATED to the sender's other connections only (multi-device sync)",
  events: ["USER_SETTINGS_UPDATED"],
  needs: ["presence-on-connect"],
  async run(ctx) {
    const { alice1, alice2, bob1, mallory1 } = cast(ctx);
    // An object value: newValue is any JSON value.
    const sent = {
      userId: ctx.ids.alice,
      settingName: "quietHours",
      newValue: { from: "22:00", to: "07:00" },
      timestamp: ctx.clientTimestamp(),
    };
    await sendAndExpect(ctx, {
      sender: alice1,
      event: "USER_SETTINGS_UPDATED",
      payload: sent,
      forwards: [
        {
          event: "USER_SETTINGS_UPDATED",
          match: { userId: sent.userId },
          content: [
            equals("/settingName", sent.settingName),
            equals("/newValue", sent.newValue),
            serverClock(sent.timestamp),
          ],
          at: [alice2],
        },
      ],
      unwanted: [
        {
          event: "USER_SETTINGS_UPDATED",
          match: { userId: sent.userId },
          at: [bob1, mallory1],
          why: "although settings sync only to their user's other connections",
        },
        {
          event: "USER_SETTINGS_UPDATED",
          match: { userId: sent.userId },
          at: [alice1],
          why: "although it sent the update; the sender is not a recipient",
        },
      ],
      via: alice2,
    });
  },
};
