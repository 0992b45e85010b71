// Misuse of chat-contract test is found before any connection (exit 2, one line), and fuzz
// findings count against the events they are about, under the same --only/--skip.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runConformance } from "../../src/conformance/index.ts";
import {
  SKIPPED_EVENT,
  startSkipsValidationServer,
} from "../fixtures/fuzz-targets/skips-validation-of-group-created.ts";
import { runCli } from "./run-cli.ts";

// Nothing listens on port 1: if the CLI connected before checking its arguments, the
// cause would be "cannot reach", not the usage error asserted below.
const NOWHERE = "http://127.0.0.1:1";
const dir = await mkdtemp(path.join(tmpdir(), "chat-contract-usage-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)("chat-contract test misuse", () => {
  it.each([
    [["--output", path.join(dir, "file", "x.json")], /--output .*cannot write there/, "file"],
    [["--output", dir], /--output .*it is a directory/, undefined],
    [["--only", "USER_CONNECTED", "--skip", "USER_CONNECTED"], /leave no event to test/, undefined],
    [
      ["--fuzz", "0", "--fuzz-case", "MESSAGE_SENT/valid/x/0"],
      /give --fuzz N \(not 0\)/,
      undefined,
    ],
    [["--fuzz-case", "MESSAGE_SENT/valid/x/0"], /needs the --seed/, undefined],
    [["--seed", "3", "--fuzz-case", "nope"], /--fuzz-case nope: no such case/, undefined],
  ])("exits 2 before connecting for %j", async (args, cause, blockingFile) => {
    if (blockingFile !== undefined) {
      const { writeFile } = await import("node:fs/promises");
      await writeFile(path.join(dir, blockingFile), "a file where a folder must go\n");
    }
    const result = await runCli(["test", "--url", NOWHERE, ...args]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(cause);
    expect(result.err.trim().split("\n")).toHaveLength(1);
  });
});

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)("fuzz findings in the report", () => {
  it(`fail the event they are about, and --skip leaves them out of the verdict`, async () => {
    const server = await startSkipsValidationServer();
    try {
      const report = await runConformance({ url: server.url, timeoutMs: 1000, fuzz: 5, seed: 1 });
      expect(report.ok).toBe(false);
      const event = report.events[SKIPPED_EVENT];
      expect(event.status).toBe("fail");
      expect(event.violations.some((v) => v.check.startsWith("fuzz-"))).toBe(true);

      const skipped = await runConformance({
        url: server.url,
        timeoutMs: 1000,
        fuzz: 5,
        seed: 1,
        skip: [SKIPPED_EVENT],
      });
      const fuzzFailures = skipped.checks.flatMap((c) => c.failures);
      expect(fuzzFailures.filter((f) => f.event === SKIPPED_EVENT)).toEqual([]);
      expect(skipped.events[SKIPPED_EVENT].status).toBe("untested");
      expect(skipped.ok).toBe(true);
    } finally {
      await server.close();
    }
  });
});
