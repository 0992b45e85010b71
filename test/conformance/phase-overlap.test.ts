// The fuzz phase's payload cases run alongside the scenarios (a slow server waits for the
// longer of the two, not their sum); its wire cases wait for the scenarios to end. What the
// fuzz traffic makes the server send the scenarios' clients is the fuzz phase's doing, not
// the scenario step that happened to be running.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUZZ_PHASE_STEP } from "../../src/conformance/behaviour-checks/connection-stays-open.ts";
import { idsIn } from "../../src/conformance/frame-match.ts";
import { FUZZ_ID_PREFIX } from "../../src/conformance/fuzz/id-prefix.ts";
import { runConformance } from "../../src/conformance/index.ts";
import type { TraceFrame } from "../../src/conformance/trace.ts";
import type { ChatServer } from "../../src/server/index.ts";
import { startSlowServer } from "../fixtures/conformant-servers/slow-server.ts";

const TOKEN = "overlap-token";
const SCENARIO_CLIENT = /^(alice|bob|mallory|eve)#/;

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)("phases side by side", () => {
  let server: ChatServer;
  const frames: TraceFrame[] = [];
  let ok = false;

  beforeAll(async () => {
    // 20 ms per emit: the scenarios take long enough for the fuzz phase to set up and send.
    server = await startSlowServer(
      { emitDelayMs: 20, jitterMs: 0, handlerJitterMs: 0, interleaveMs: 0 },
      TOKEN,
    );
    const report = await runConformance({
      url: server.url,
      token: TOKEN,
      fuzz: 10,
      seed: 11,
      trace: (frame) => frames.push(frame),
    });
    ok = report.ok;
  });
  afterAll(() => server.close());

  const lastScenarioFrame = () => frames.findLastIndex((f) => f.scenario !== undefined);

  it("passes a conformant server with both phases at once", () => {
    expect(ok).toBe(true);
  });

  it("sends payload cases while the scenarios still run, and wire cases only after them", () => {
    const firstPayloadCase = frames.findIndex(
      (f) => f.case !== undefined && !f.case.startsWith("wire/"),
    );
    const firstWireCase = frames.findIndex((f) => f.case?.startsWith("wire/") === true);
    expect(firstPayloadCase).toBeGreaterThan(-1);
    expect(firstPayloadCase).toBeLessThan(lastScenarioFrame());
    expect(firstWireCase).toBeGreaterThan(lastScenarioFrame());
  });

  it("stamps the fuzz traffic a scenario client receives with the fuzz phase, not the scenario running", () => {
    const fuzzTraffic = frames.filter(
      (f) =>
        f.direction === "received" &&
        SCENARIO_CLIENT.test(f.client) &&
        idsIn(f.args[0]).some((id) => id.startsWith(FUZZ_ID_PREFIX)),
    );
    // Some of it arrived while a scenario ran: the case this test is about.
    expect(fuzzTraffic.some((f) => frames.indexOf(f) < lastScenarioFrame())).toBe(true);
    for (const f of fuzzTraffic) {
      expect({ scenario: f.scenario, step: f.step }).toEqual({
        scenario: undefined,
        step: FUZZ_PHASE_STEP,
      });
    }
  });
});

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)(
  "a server the fuzz traffic breaks while a scenario runs",
  () => {
    let server: ChatServer;
    beforeAll(async () => {
      server = await startSlowServer(
        { emitDelayMs: 20, jitterMs: 0, handlerJitterMs: 0, interleaveMs: 0 },
        TOKEN,
      );
      // Broken: the first event naming one of the fuzz phase's ids closes every connection.
      server.io.on("connection", (socket) =>
        socket.onAny((_event: string, payload: unknown) => {
          if (idsIn(payload).some((id) => id.startsWith(FUZZ_ID_PREFIX)))
            server.io.disconnectSockets(true);
        }),
      );
    });
    afterAll(() => server.close());

    it("says, with the scenario clients' closed connections, what the fuzz phase had just sent", async () => {
      const report = await runConformance({ url: server.url, token: TOKEN, fuzz: 10, seed: 11 });
      const drops = report.checks
        .filter((c) => c.name === "connection-stays-open" || c.name === "run-completes")
        .flatMap((c) => c.failures)
        .filter((f) => f.scenario !== undefined);
      expect(drops.length).toBeGreaterThan(0);
      for (const f of drops)
        expect(f.message).toMatch(
          /; the fuzz phase, running alongside, had just sent [A-Z_]+ .*from fuzz-sender#\d+: if its own report shows closed connections too, look there first$/,
        );
    });
  },
);
