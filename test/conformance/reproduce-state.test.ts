// A failure's reproduce command must meet the failure again. A scenario runs on the state
// the earlier ones leave (who is in which channel): here a server forwards an invalid
// MESSAGE_SENT to the sender's channel, which only a connection in that channel can see.
// A command with `--only MESSAGE_SENT` ran only the scenarios that event names, left
// nobody in that channel and reported PASS; the command runs every scenario instead.
import { afterEach, describe, expect, it } from "vitest";
import { runConformance } from "../../src/conformance/index.ts";
import type { ChatServer } from "../../src/server/index.ts";
import { BROKEN_SERVERS, startBrokenServer } from "../fixtures/broken-servers/index.ts";
import { runCliJson } from "./run-cli.ts";

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)("reproduce commands", () => {
  let server: ChatServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("meet a scenario failure again, the state it was found in included", async () => {
    const broken = BROKEN_SERVERS.find((b) => b.name === "invalid-payload-forwarded");
    server = await startBrokenServer(broken!);
    const full = await runConformance({ url: server.url, fuzz: 0 });
    const failure = full.checks
      .find((c) => c.name === "rejection-not-forwarded")
      ?.failures.find((f) => f.event === "MESSAGE_SENT");
    expect(failure?.reproduce).toBe(
      `npx chat-contract test --url ${server.url} --timeout 2000 --fuzz 0`,
    );
    const argv = (failure?.reproduce ?? "").replace(/^npx chat-contract /, "").split(" ");
    const again = await runCliJson(argv);
    expect(again.code).toBe(1);
    const found = again.report.checks
      .find((c) => c.name === "rejection-not-forwarded")
      ?.violations.map((v) => [v.event, v.step]);
    expect(found).toContainEqual(["MESSAGE_SENT", failure?.step]);
    // What an --only command would have missed: not a verdict, the reason for the above.
    const only = await runConformance({ url: server.url, fuzz: 0, only: ["MESSAGE_SENT"] });
    expect(only.checks.find((c) => c.name === "rejection-not-forwarded")?.status).toBe("pass");
  });
});
