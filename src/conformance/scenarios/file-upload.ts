import { equals, serverClock } from "../behaviour-checks/payload-content.ts";
import { cast } from "./cast.ts";
import type { Scenario } from "./scenario.ts";
import { sendAndExpect } from "./send-and-expect.ts";

export const fileUpload: Scenario = {
  name: "file-upload",
  description:
    "forwards a FILE_UPLOADED announcement to the other connections in the sender's channel, not back to the sender",
  events: ["FILE_UPLOADED"],
  needs: ["presence-on-connect"],
  async run(ctx) {
    const { alice1, alice2, bob1, mallory1 } = cast(ctx);
    const sent = {
      userId: ctx.ids.bob,
      fileName: "Q3-report.pdf",
      fileSize: 482113,
      timestamp: ctx.clientTimestamp(),
    };
    await sendAndExpect(ctx, {
      sender: bob1,
      event: "FILE_UPLOADED",
      payload: sent,
      where: " in general",
      forwards: [
        {
          event: "FILE_UPLOADED",
          match: { userId: sent.userId },
          content: [
            equals("/fileName", sent.fileName),
            equals("/fileSize", sent.fileSize),
            serverClock(sent.timestamp),
          ],
          at: [alice1, alice2, mallory1],
        },
      ],
      unwanted: [
        {
          event: "FILE_UPLOADED",
          match: { userId: sent.userId },
          at: [bob1],
          why: "although it announced the file; the sender is not a recipient",
        },
      ],
      via: alice1,
    });
  },
};
