// chat-contract test as a CI system runs it: a real process, exit codes, files, one-line causes.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_NAMES } from "../../src/contract/index.ts";
import { createChatServer } from "../../src/server/index.ts";
import { eventNeverEmitted } from "../fixtures/broken-servers/event-never-emitted.ts";
import { startBrokenServer } from "../fixtures/broken-servers/index.ts";
import { runCli, runCliJson, spawnCli, type JsonReport } from "./run-cli.ts";
import { xmlProblems } from "./xml-well-formed.ts";

const quiet = { info() {}, warn() {}, error() {} };

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)(
  "chat-contract test on the command line",
  () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), "chat-contract-test-"));
      // The CLI and the suite load on first use; timing assertions below measure the run only.
      await Promise.all([import("../../src/cli.ts"), import("../../src/conformance/index.ts")]);
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    // Real processes pay the CLI's start-up: run them side by side.
    it.concurrent(
      "exits 0 against a running reference server with --token and writes a JUnit report",
      async () => {
        const server = await createChatServer({ port: 0, token: "s3cret", logger: quiet });
        try {
          const file = path.join(dir, "reference.xml");
          const result = await spawnCli([
            "test",
            "--url",
            server.url,
            "--token",
            "s3cret",
            "--reporter",
            "junit",
            "--output",
            file,
          ]);
          expect(result.err).toBe("");
          expect(result.code).toBe(0);
          expect(result.out).toContain("PASS");
          const xml = await readFile(file, "utf8");
          expect(xmlProblems(xml)).toEqual([]);
          expect(xml).toContain('name="rejects-handshake-with-wrong-token"');
          expect(xml).not.toContain("<failure");
        } finally {
          await server.close();
        }
      },
    );

    it.concurrent(
      "exits 1 against a broken server and writes the JSON report to --output",
      async () => {
        const server = await startBrokenServer(eventNeverEmitted);
        try {
          const file = path.join(dir, "broken.json");
          const result = await spawnCli(
            [
              "test",
              "--url",
              server.url,
              "--timeout",
              "500",
              "--reporter",
              "json",
              "--output",
              file,
            ],
            { NO_COLOR: "1" },
          );
          expect(result.code).toBe(1);
          expect(result.out).not.toContain("\u001b[");
          const report = JSON.parse(await readFile(file, "utf8")) as JsonReport;
          expect(report.events.USER_DISCONNECTED.status).toBe("fail");
          const messages = report.events.USER_DISCONNECTED.violations.map((v) => v.message);
          // The first full wait proves it missing; later waits for it are not repeated.
          expect(messages).toContainEqual(
            expect.stringMatching(
              /^expected USER_DISCONNECTED .* within 500 ms after alice's last connection closed; later waits for USER_DISCONNECTED are not repeated/,
            ),
          );
          expect(messages.filter((m) => m.includes("bob's last connection"))).toEqual([]);
        } finally {
          await server.close();
        }
      },
    );

    it("exits 2 with a one-line cause when nothing listens at --url", async () => {
      const port = await freePort();
      const result = await runCli([
        "test",
        "--url",
        `http://127.0.0.1:${port}`,
        "--timeout",
        "2000",
      ]);
      expect(result.code).toBe(2);
      expect(result.err.trim().split("\n")).toHaveLength(1);
      expect(result.err).toMatch(/^chat-contract test: cannot reach http:\/\/127\.0\.0\.1:\d+/);
    });

    it("exits 2 within --timeout when the server accepts TCP but never answers", async () => {
      const silent: Server = createServer(() => {});
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
      const { port } = silent.address() as { port: number };
      try {
        const result = await runCli([
          "test",
          "--url",
          `http://127.0.0.1:${port}`,
          "--timeout",
          "300",
        ]);
        expect(result.code).toBe(2);
        expect(result.err.trim().split("\n")).toHaveLength(1);
        // Bounded by --timeout, not by a connection attempt that never ends: the cause says so.
        expect(result.err).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+: timeout/);
      } finally {
        silent.close();
      }
    });

    it("exits 2 when the server refuses the suite's handshake, suggesting --token", async () => {
      const server = await createChatServer({ port: 0, token: "s3cret", logger: quiet });
      try {
        const result = await runCli(["test", "--url", server.url]);
        expect(result.code).toBe(2);
        expect(result.err).toMatch(
          /refused the suite's handshake \(AUTH_INVALID: .*\); does it need --token\?$/,
        );
      } finally {
        await server.close();
      }
    });

    it.each([
      [["--reporter", "xml"], /--reporter must be one of console, json, junit/],
      [["--only", "MESAGE_SENT"], /--only: "MESAGE_SENT" not in the contract/],
      [["--url", "localhost:3000"], /--url must be an http\(s\) or ws\(s\) URL/],
      [["--timeout", "0"], /--timeout must be a whole number >= 1/],
      [["--colour"], /Unknown option '--colour'/],
    ])("exits 2 on the usage error %j", async (args, message) => {
      const result = await runCli(["test", ...args]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(message);
    });

    it("leaves an event out of the verdict with --skip, and reports it untested", async () => {
      const server = await startBrokenServer(eventNeverEmitted);
      try {
        const { code, report } = await runCliJson([
          "test",
          "--url",
          server.url,
          "--timeout",
          "500",
          "--skip",
          "USER_DISCONNECTED",
        ]);
        expect(report.events.USER_DISCONNECTED.status).toBe("untested");
        expect(code).toBe(0);
      } finally {
        await server.close();
      }
    });

    it("runs only the scenarios an --only event needs", async () => {
      const { code, report } = await runCliJson(["test", "--only", "USER_SETTINGS_UPDATED"]);
      expect(code).toBe(0);
      const ran = report.scenarios.filter((s) => s.status !== "skip").map((s) => s.name);
      expect(ran).toEqual([
        "presence-on-connect",
        "settings-sync",
        "payload-limits",
        "rejects-impersonation",
      ]);
      const tested = EVENT_NAMES.filter((e) => report.events[e].status !== "untested");
      expect(tested).toEqual(["USER_SETTINGS_UPDATED"]);
    });
  },
);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
