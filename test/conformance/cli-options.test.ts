// The options that shape a run: which checks judge, when to stop, which path, what is
// traced, and a reproduce line that carries all of them (and never the token).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConformance } from "../../src/conformance/index.ts";
import {
  renderConsoleSummary,
  renderJsonReport,
  renderJunitReport,
} from "../../src/conformance/reporters/index.ts";
import { checkNames } from "../../src/conformance/selection.ts";
import { createChatServer } from "../../src/server/index.ts";
import { startBrokenServer } from "../fixtures/broken-servers/index.ts";
import { extraField } from "../fixtures/broken-servers/extra-field.ts";
import { wrongEnumValue } from "../fixtures/broken-servers/wrong-enum-value.ts";
import { wrongErrorCode } from "../fixtures/broken-servers/wrong-error-code.ts";
import { wrongFieldType } from "../fixtures/broken-servers/wrong-field-type.ts";
import { pathProxy } from "./path-proxy.ts";
import { runCli, runCliJson, type JsonReport } from "./run-cli.ts";

const quiet = { info() {}, warn() {}, error() {} };

/** "EVENT / check / rule" of every distinct failure. */
function groupKeys(report: Pick<JsonReport, "failures">): string[] {
  return report.failures.map((g) => `${g.event ?? "-"} / ${g.check} / ${g.rule}`);
}

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)("chat-contract test options", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "chat-contract-options-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe("--checks / --exclude-checks", () => {
    it.each(["--checks", "--exclude-checks"])(
      "%s with an unknown name exits 2 listing every valid one",
      async (option) => {
        const result = await runCli(["test", option, "routing,payload-matches-shema"]);
        expect(result.code).toBe(2);
        expect(result.err.trim().split("\n")).toHaveLength(1);
        expect(result.err).toContain(`"payload-matches-shema" is not a check`);
        for (const name of checkNames()) expect(result.err).toContain(name);
      },
    );

    it("an excluded check judges nothing and shows as skipped, with the reason, in every reporter", async () => {
      const server = await startBrokenServer(wrongFieldType);
      try {
        const report = await runConformance({
          url: server.url,
          timeoutMs: 1000,
          excludeChecks: ["payload-matches-schema"],
        });
        // The only breakage is a schema one: without that check the server passes.
        expect(report.ok).toBe(true);
        expect(report.failures).toEqual([]);
        const reason = "excluded by --exclude-checks";
        const json = JSON.parse(renderJsonReport(report)) as JsonReport;
        expect(json.checks.find((c) => c.name === "payload-matches-schema")).toMatchObject({
          status: "skip",
          skipReason: reason,
          violations: [],
        });
        expect(renderConsoleSummary(report, { color: false })).toMatch(
          new RegExp(`payload-matches-schema +skip +${reason}`),
        );
        expect(renderJunitReport(report)).toMatch(
          new RegExp(
            `<testcase classname="chat-contract.checks" name="payload-matches-schema"[^>]*>\\s*<skipped message="${reason}"/>`,
          ),
        );
      } finally {
        await server.close();
      }
    });

    it("--checks keeps only the named checks judging; the others show as not selected", async () => {
      const server = await startBrokenServer(wrongFieldType);
      try {
        const { code, report } = await runCliJson([
          "test",
          "--url",
          server.url,
          "--fuzz",
          "0",
          "--checks",
          "payload-matches-schema,routing",
        ]);
        expect(code).toBe(1);
        const byStatus = (status: string) =>
          report.checks.filter((c) => c.status === status).map((c) => c.name);
        expect(byStatus("fail")).toEqual(["payload-matches-schema"]);
        expect(byStatus("pass")).toEqual(["routing"]);
        for (const check of report.checks.filter((c) => c.status === "skip"))
          expect(check.skipReason).toBe("not selected by --checks");
        expect(report.options.checks).toEqual(["payload-matches-schema", "routing"]);
      } finally {
        await server.close();
      }
    });
  });

  describe("--max-failures", () => {
    it("stops after N distinct failures, skipping the rest with the reason, and still reports", async () => {
      // wrong-error-code answers every FORBIDDEN rejection with NOT_FOUND: 8 distinct failures.
      const server = await startBrokenServer(wrongErrorCode);
      try {
        const full = await runCliJson(["test", "--url", server.url, "--fuzz", "0"]);
        expect(full.report.failures.length).toBeGreaterThan(2);
        expect(full.report.stopped).toBeUndefined();

        const file = path.join(dir, "stopped.xml");
        const stopped = await runCliJson([
          "test",
          "--url",
          server.url,
          "--fuzz",
          "0",
          "--max-failures",
          "2",
        ]);
        expect(stopped.code).toBe(1);
        const reason = "stopped after 2 distinct failure(s) (--max-failures 2)";
        expect(stopped.report.stopped).toBe(reason);
        // The first two found, in the order the full run found them.
        for (const key of groupKeys(stopped.report)) expect(groupKeys(full.report)).toContain(key);
        expect(stopped.report.failures).toHaveLength(2);
        const skipped = stopped.report.scenarios.filter((s) => s.skipReason === reason);
        expect(skipped.map((s) => s.name)).toContain("presence-on-disconnect");

        // The JUnit file is written too, with the skipped scenarios in it.
        const junit = await runCli([
          "test",
          "--url",
          server.url,
          "--fuzz",
          "0",
          "--max-failures",
          "2",
          "--reporter",
          "junit",
          "--output",
          file,
        ]);
        expect(junit.code).toBe(1);
        expect(await readFile(file, "utf8")).toContain(`<skipped message="${reason}"/>`);
      } finally {
        await server.close();
      }
    });

    it("stops the fuzz phase at the round after the failure that reached the bound", async () => {
      // wrong-enum-value upper-cases USER_STATUS_CHANGED's newStatus: its valid cases fail
      // forwarding, in a round with rounds after it (MESSAGE_SENT's come last).
      const server = await startBrokenServer(wrongEnumValue);
      try {
        const { code, report } = await runCliJson([
          "test",
          "--url",
          server.url,
          "--timeout",
          "300",
          "--checks",
          "fuzz-valid-forwarded",
          "--fuzz",
          "30",
          "--max-failures",
          "1",
        ]);
        expect(code).toBe(1);
        expect(report.stopped).toBe("stopped after 1 distinct failure(s) (--max-failures 1)");
        const notJudged = (note: string) =>
          report.fuzz!.cases.filter((c) => (c as { note?: string }).note === note).length;
        // The rounds after the failure never went out, nor did the wire phase.
        expect(notJudged("not judged: the fuzz run stopped first")).toBeGreaterThan(0);
        expect(notJudged("the run stopped first (--max-failures)")).toBe(report.fuzz!.wire.cases);
      } finally {
        await server.close();
      }
    });
  });

  describe("--path", () => {
    it("connects every client, raw WebSocket fuzz clients included, at the server's own path", async () => {
      const server = await createChatServer({ port: 0, logger: quiet });
      const proxy = await pathProxy(server.url, "/chat/io");
      try {
        const missed = await runCli(["test", "--url", proxy.url, "--timeout", "500"]);
        // The cause first: on failure it says what happened instead.
        expect(missed.err).toContain("no Socket.IO server at /socket.io");
        expect(missed.code).toBe(2);

        const { code, report } = await runCliJson([
          "test",
          "--url",
          proxy.url,
          "--path",
          "/chat/io",
          "--fuzz",
          "2",
        ]);
        expect(report.failures).toEqual([]);
        expect(code).toBe(0);
        expect(report.options.path).toBe("/chat/io");
        // The wire phase (raw WebSockets) ran and passed through the proxy's path too.
        expect(report.fuzz?.wire.cases).toBeGreaterThan(0);
        expect(report.fuzz?.wire.failed).toBe(0);
      } finally {
        await proxy.close();
        await server.close();
      }
    });
  });

  describe("--trace", () => {
    it("writes every frame of a scenario as NDJSON: client, direction, event, arguments, time, step", async () => {
      const file = path.join(dir, "trace.ndjson");
      const { code } = await runCliJson([
        "test",
        "--only",
        "USER_SETTINGS_UPDATED",
        "--fuzz",
        "0",
        "--trace",
        file,
      ]);
      expect(code).toBe(0);
      const lines = (await readFile(file, "utf8"))
        .trim()
        .split("\n")
        .map(
          (line) =>
            JSON.parse(line) as {
              ms: number;
              client: string;
              direction: string;
              event: string;
              args: unknown[];
              scenario?: string;
              step?: string;
            },
        );
      for (const line of lines) {
        expect(line).toMatchObject({
          ms: expect.any(Number),
          client: expect.stringMatching(/^\w+#\d+$/),
          direction: expect.stringMatching(/^(sent|received)$/),
          event: expect.any(String),
          args: expect.any(Array),
        });
      }
      const times = lines.map((l) => l.ms);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const inScenario = lines.filter((l) => l.scenario === "settings-sync");
      const sent = inScenario.find(
        (l) => l.direction === "sent" && l.event === "USER_SETTINGS_UPDATED",
      );
      expect(sent).toMatchObject({ client: "alice#1", step: expect.stringContaining("alice#1") });
      expect(sent!.args[0]).toMatchObject({ userId: expect.stringMatching(/^alice-/) });
      // The other device received it, in the same scenario and step.
      expect(
        inScenario.find(
          (l) =>
            l.direction === "received" &&
            l.event === "USER_SETTINGS_UPDATED" &&
            l.client === "alice#2",
        ),
      ).toMatchObject({ step: sent!.step, args: [{ settingName: expect.any(String) }] });
      expect(lines.some((l) => l.event === "connect" && l.direction === "received")).toBe(true);
    });
  });

  it("--trace never writes the token, not even inside the raw handshake frames of the wire phase", async () => {
    const token = "tok-5d1e-secret-of-the-server";
    const server = await createChatServer({ port: 0, token, logger: quiet });
    const saved = process.env["CHAT_CONTRACT_TOKEN"];
    process.env["CHAT_CONTRACT_TOKEN"] = token;
    try {
      const file = path.join(dir, "secret.ndjson");
      const { code } = await runCliJson([
        "test",
        "--url",
        server.url,
        "--fuzz",
        "1",
        "--trace",
        file,
      ]);
      expect(code).toBe(0);
      const text = await readFile(file, "utf8");
      expect(text).toContain('"event":"raw"');
      expect(text).toContain("<secret>");
      expect(text).not.toContain(token);
    } finally {
      if (saved === undefined) delete process.env["CHAT_CONTRACT_TOKEN"];
      else process.env["CHAT_CONTRACT_TOKEN"] = saved;
      await server.close();
    }
  });

  describe("the reproduce line", () => {
    it("of a fuzz failure replays that one case, with the seed, timeout and checks of the run", async () => {
      const server = await startBrokenServer(extraField);
      try {
        const first = await runCliJson([
          "test",
          "--url",
          server.url,
          "--timeout",
          "400",
          "--checks",
          "fuzz-valid-forwarded",
          "--only",
          "MESSAGE_SENT",
          "--fuzz",
          "2",
        ]);
        expect(first.code).toBe(1);
        const group = first.report.failures.find((g) => g.check === "fuzz-valid-forwarded")!;
        const line = group.first.reproduce!;
        const caseId = group.first.step!.replace("fuzz case ", "");
        expect(line).toBe(
          `npx chat-contract test --url ${server.url} --timeout 400 --checks fuzz-valid-forwarded --fuzz 2 --seed ${first.report.fuzz!.seed} --only MESSAGE_SENT --fuzz-case ${caseId}`,
        );
        const again = await runCliJson(line.replace(/^npx chat-contract /, "").split(" "));
        expect(again.code).toBe(1);
        expect(again.report.fuzz!.cases.filter((c) => c.ok === false).map((c) => c.id)).toEqual([
          caseId,
        ]);
        expect(groupKeys(again.report)).toContain(groupKeys({ failures: [group] })[0]);
      } finally {
        await server.close();
      }
    });

    it("carries every option that changes behaviour, never the token, and reproduces the failure", async () => {
      const token = "tok-7f3a9c2b-not-to-be-printed";
      const server = await createChatServer({
        port: 0,
        token,
        logger: quiet,
        configure: (io) => wrongEnumValue.configure(io),
      });
      const saved = process.env["CHAT_CONTRACT_TOKEN"];
      process.env["CHAT_CONTRACT_TOKEN"] = token;
      try {
        const file = path.join(dir, "first.json");
        const first = await runCli([
          "test",
          "--url",
          server.url,
          "--timeout",
          "900",
          "--exclude-checks",
          "server-clock",
          "--fuzz",
          "0",
          "--reporter",
          "json",
          "--output",
          file,
        ]);
        expect(first.code).toBe(1);
        const text = await readFile(file, "utf8");
        // The token came from the environment: the wrong-token handshake case ran.
        const report = JSON.parse(text) as JsonReport;
        expect(
          report.scenarios.find((s) => s.name === "rejects-handshake-with-wrong-token")?.status,
        ).toBe("pass");
        expect(text).not.toContain(token);
        expect(first.out + first.err).not.toContain(token);

        const group = report.failures[0]!;
        const line = group.first.reproduce!;
        expect(line).toBe(
          `npx chat-contract test --url ${server.url} --timeout 900 --exclude-checks server-clock --fuzz 0`,
        );
        const argv = line.replace(/^npx chat-contract /, "").split(" ");
        const again = await runCliJson(argv);
        expect(again.code).toBe(1);
        expect(groupKeys(again.report)).toContain(groupKeys(report)[0]);
        expect(again.report.options).toMatchObject({
          timeoutMs: 900,
          excludeChecks: ["server-clock"],
        });
      } finally {
        if (saved === undefined) delete process.env["CHAT_CONTRACT_TOKEN"];
        else process.env["CHAT_CONTRACT_TOKEN"] = saved;
        await server.close();
      }
    });
  });
});
