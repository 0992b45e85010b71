// Servers that attack the suite itself: every run must end within its bound, with a report
// written and the cause named, whatever the server sends (or does not send).
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HOSTILE_SERVERS, spawnHostileServer } from "../fixtures/hostile-servers/index.ts";
import { runCli, type JsonReport } from "./run-cli.ts";

const dir = mkdtempSync(path.join(tmpdir(), "hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A report this large would mean failures or frames are stored one by one. */
const MAX_REPORT_BYTES = 5 * 1024 * 1024;

describe.each(HOSTILE_SERVERS)("against a hostile server: $name ($does)", (hostile) => {
  it(
    "ends with exit 1, a bounded report written, and the cause in it",
    { timeout: 180_000 },
    async () => {
      const server = await spawnHostileServer(hostile.name);
      const file = path.join(dir, `${hostile.name}.json`);
      try {
        const { code, err } = await runCli([
          "test",
          "--url",
          server.url,
          "--reporter",
          "json",
          "--output",
          file,
          // The 50 MB frame and the flood keep a loaded machine busy for seconds: each wait
          // gets room, and every diagnosis is still its own (none is a timeout).
          "--timeout",
          "6000",
        ]);
        expect(code, err).toBe(1);
      } finally {
        await server.close();
      }
      expect(statSync(file).size).toBeLessThan(MAX_REPORT_BYTES);
      const report = JSON.parse(readFileSync(file, "utf8")) as JsonReport;
      expect(report.ok).toBe(false);
      const messages = report.checks.flatMap((c) => c.violations.map((v) => v.message));
      expect(
        messages.some((m) => hostile.diagnosis.test(m)),
        messages.slice(0, 5).join("\n"),
      ).toBe(true);
    },
  );
});
