// The zero-install CLI, as a team with a Python or Go server would use it: the single
// file and the executable copied into an empty folder with no node_modules anywhere
// above, run against a real server.
import { chmod, copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatServer, type ChatServer } from "../../src/server/index.ts";
import { extraField } from "../fixtures/broken-servers/extra-field.ts";
import { startBrokenServer } from "../fixtures/broken-servers/broken-server.ts";
import { nodeModulesAbove, ROOT, runProcess, succeeded } from "./processes.ts";

const quiet = { info() {}, warn() {}, error() {} };
let work: string;
let empty: string;
let server: ChatServer;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "chat-contract-standalone-"));
  const built = path.join(work, "build");
  succeeded(
    await runProcess(
      process.execPath,
      ["--import", "tsx", "scripts/build/build-standalone.ts", "--out", built],
      { cwd: ROOT, timeoutMs: 120_000 },
    ),
    "npm run build:standalone",
  );
  empty = path.join(work, "empty");
  await mkdir(empty);
  for (const file of ["chat-contract.mjs", "chat-contract"]) {
    await copyFile(path.join(built, file), path.join(empty, file));
  }
  await chmod(path.join(empty, "chat-contract"), 0o755);
  server = await createChatServer({ port: 0, logger: quiet });
}, 150_000);

afterAll(async () => {
  await server?.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

const RUNNERS = [
  { name: "node chat-contract.mjs", command: () => process.execPath, args: ["chat-contract.mjs"] },
  { name: "the executable", command: () => path.join(empty, "chat-contract"), args: [] },
];

describe.each(RUNNERS)("$name, from an empty folder", ({ command, args }) => {
  const cli = (argv: string[], env: NodeJS.ProcessEnv = {}) =>
    runProcess(command(), [...args, ...argv], {
      cwd: empty,
      timeoutMs: 60_000,
      // Nothing to find: no PATH (so no `node` for the executable to lean on), no
      // NODE_PATH or npm variables that could lead either to this checkout's packages.
      env: { PATH: "/nonexistent", NO_COLOR: "1", ...env },
    });

  it("has no node_modules in its folder or any folder above", () => {
    expect(nodeModulesAbove(empty)).toEqual([]);
  });

  it("passes the reference server with test --url (exit 0)", async () => {
    const run = await cli(["test", "--url", server.url]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/PASS\s+15 of 15 events conformant/);
  });

  it("fails a broken server with exit 1 and blames the event and check", async () => {
    const broken = await startBrokenServer(extraField);
    try {
      const run = await cli(["test", "--url", broken.url, "--reporter", "json", "--fuzz", "0"]);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.out) as {
        checks: { name: string; violations: { event?: string }[] }[];
      };
      const blamed = report.checks.flatMap((c) =>
        c.violations.map((v) => `${v.event} / ${c.name}`),
      );
      expect(blamed).toContain("MESSAGE_RECEIVED / payload-matches-schema");
    } finally {
      await broken.close();
    }
  });

  it("prints its version, and says generate needs the npm package (exit 2)", async () => {
    expect((await cli(["--version"])).out.trim()).toMatch(/^\d+\.\d+\.\d+ \(single file\)$/);
    const run = await cli(["generate"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("generate: not part of this single-file build");
    expect(run.err).toContain("npm install --save-dev chat-contract @asyncapi/parser@");
  });
});
