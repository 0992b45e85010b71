// Reports stay bounded whatever the server sends: a huge payload is cut to a preview
// that notes its real size, in the failure, in the JSON report and in the trace.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConformance } from "../../src/conformance/index.ts";
import { renderJsonReport, renderJunitReport } from "../../src/conformance/reporters/index.ts";
import { openTraceFile } from "../../src/conformance/trace.ts";
import { createChatServer } from "../../src/server/index.ts";
import { rewriteField } from "../fixtures/broken-servers/tamper.ts";

const quiet = { info() {}, warn() {}, error() {} };
const HUGE = 8_000_000;

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)("bounded reports", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "chat-contract-bounded-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("cuts a multi-megabyte field a server sends to a preview noting its size, in every report", async () => {
    const blob = "x".repeat(HUGE);
    const server = await createChatServer({
      port: 0,
      logger: quiet,
      // An 8 MB frame per recipient would trip the server's slow-consumer bound (4 MiB).
      maxQueuedBytes: 64 * 1024 * 1024,
      configure: (io) => rewriteField(io, "USER_CONNECTED", "blob", () => blob),
    });
    const trace = openTraceFile(path.join(dir, "trace.ndjson"));
    try {
      const report = await runConformance({
        url: server.url,
        timeoutMs: 1000,
        only: ["USER_CONNECTED"],
        trace: trace.sink,
      });
      const group = report.failures.find((g) => g.rule === "/blob additionalProperties");
      expect(group?.count).toBeGreaterThan(0);
      expect(group?.first.received).toMatchObject({ truncated: true, size: HUGE + 2 });
      const json = renderJsonReport(report);
      // Every occurrence of the blob went through the report, yet it stays small.
      expect(json.length).toBeLessThan(200_000);
      expect(JSON.parse(json)).toMatchObject({ ok: false });
      expect(renderJunitReport(report)).toContain(`(${HUGE + 2} chars in all)`);
    } finally {
      await trace.close();
      await server.close();
    }
    const lines = (await readFile(path.join(dir, "trace.ndjson"), "utf8")).trim().split("\n");
    const big = lines.filter((l) => l.includes('"truncated":true'));
    expect(big.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.length).toBeLessThan(10_000);
  });

  it("stops the trace at its byte bound and says how many frames it left out", async () => {
    const file = path.join(dir, "small.ndjson");
    const trace = openTraceFile(file, { maxBytes: 1000 });
    for (let i = 0; i < 100; i++)
      trace.sink({ client: "alice#1", direction: "sent", event: "MESSAGE_SENT", args: [{ i }] });
    await trace.close();
    const lines = (await readFile(file, "utf8")).trim().split("\n");
    const last = JSON.parse(lines.at(-1)!) as { truncated: boolean; framesLeftOut: number };
    expect(last).toMatchObject({ truncated: true, maxBytes: 1000 });
    expect(last.framesLeftOut + lines.length - 1).toBe(100);
    expect(trace.dropped).toBe(last.framesLeftOut);
  });
});
