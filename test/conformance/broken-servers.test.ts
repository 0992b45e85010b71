// The proof that the suite catches what it should: exit 0 on the reference server, exit 1
// on each broken server, with the blame on the right event and check and nowhere else.
import { describe, expect, it } from "vitest";
import { EVENT_NAMES, isContractEvent } from "../../src/contract/index.ts";
import { BROKEN_SERVERS, startBrokenServer } from "../fixtures/broken-servers/index.ts";
import { startOutOfOrderServer } from "./out-of-order-server.ts";
import { blamed, runCliJson } from "./run-cli.ts";

// Generous for a loaded CI machine; only breakages that withhold an event wait this long.
const TIMEOUT = "1000";

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)("chat-contract test", () => {
  it("exits 0 on the reference server and reports all 15 events passing", async () => {
    const { code, report } = await runCliJson(["test", "--timeout", TIMEOUT]);
    expect([...blamed(report)]).toEqual([]);
    expect(code).toBe(0);
    expect(report.ok).toBe(true);
    expect(Object.keys(report.events)).toEqual([...EVENT_NAMES]);
    for (const event of EVENT_NAMES) expect(report.events[event].status, event).toBe("pass");
  });

  it("exits 0 on a conformant server that handles each connection's events out of order", async () => {
    const server = await startOutOfOrderServer();
    try {
      const { code, report } = await runCliJson(["test", "--url", server.url]);
      expect([...blamed(report)]).toEqual([]);
      expect(code).toBe(0);
    } finally {
      await server.close();
    }
  });

  it("catalogues at least 14 broken servers, each with a blame", () => {
    expect(BROKEN_SERVERS.length).toBeGreaterThanOrEqual(14);
    expect(new Set(BROKEN_SERVERS.map((b) => b.name)).size).toBe(BROKEN_SERVERS.length);
  });

  describe.concurrent("on a broken server", () => {
    for (const broken of BROKEN_SERVERS) {
      const { event, check } = broken.blames;
      it(`exits 1 when ${broken.breaks}, blaming ${event} / ${check}`, async () => {
        const server = await startBrokenServer(broken);
        try {
          // The catalogue pins the scenario and frame checks, each breakage blamed exactly:
          // no fuzz round, whose own checks would also (rightly) fire on some of these.
          // Fuzz is proven on its own broken targets (test/fuzz/).
          const { code, report } = await runCliJson([
            "test",
            "--url",
            server.url,
            "--timeout",
            TIMEOUT,
            "--fuzz",
            "0",
          ]);
          expect(code).toBe(1);
          expect(report.ok).toBe(false);
          const blames = blamed(report);
          expect([...blames]).toContain(`${event} / ${check}`);
          // Exactly one way broken: nothing is blamed but this breakage and its stated consequences.
          const allowed = [broken.blames, ...(broken.alsoBlames ?? [])].map(
            (b) => `${b.event} / ${b.check}`,
          );
          expect([...blames].filter((b) => !allowed.includes(b))).toEqual([]);
          if (isContractEvent(event)) expect(report.events[event].status).toBe("fail");
        } finally {
          await server.close();
        }
      });
    }
  });
});
