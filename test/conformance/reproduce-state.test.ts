// A failure's reproduce command (`--only EVENT --fuzz 0`) must meet the failure again. A
// scenario runs on the state the earlier ones leave (who is in which channel): here a
// server forwards an invalid MESSAGE_SENT to the sender's channel, which only a connection
// in that channel can see; with only the scenarios MESSAGE_SENT names run, nobody was left
// in it and the command reported PASS.
import { afterEach, describe, expect, it } from "vitest";
import { runConformance } from "../../src/conformance/index.ts";
import type { ChatServer } from "../../src/server/index.ts";
import { BROKEN_SERVERS, startBrokenServer } from "../fixtures/broken-servers/index.ts";

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)("reproduce commands", () => {
  let server: ChatServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("meet the failure again: --only runs the scenarios before the event's too", async () => {
    const broken = BROKEN_SERVERS.find((b) => b.name === "invalid-payload-forwarded");
    server = await startBrokenServer(broken!);
    const full = await runConformance({ url: server.url, fuzz: 0 });
    const failure = full.checks
      .find((c) => c.name === "rejection-not-forwarded")
      ?.failures.find((f) => f.event === "MESSAGE_SENT");
    expect(failure?.reproduce).toMatch(/--fuzz 0 --only MESSAGE_SENT$/);
    const again = await runConformance({ url: server.url, fuzz: 0, only: ["MESSAGE_SENT"] });
    const found = again.checks
      .find((c) => c.name === "rejection-not-forwarded")
      ?.failures.map((f) => [f.event, f.step]);
    expect(found).toContainEqual(["MESSAGE_SENT", failure?.step]);
  });
});
