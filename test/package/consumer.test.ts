// chat-contract as another project gets it: `npm pack`, the tarball installed into a copy
// of examples/consumer, compiled there by its own tsc under strict NodeNext settings and
// run with plain node: a typed client, a guarded server, a fixture check, the suite as a
// library, and the CLI through npx.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BEHAVIOUR_CHECKS } from "../../src/conformance/behaviour-checks/index.ts";
import { FRAME_CHECKS } from "../../src/conformance/frame-checks/index.ts";
import { FUZZ_CHECKS } from "../../src/conformance/fuzz/index.ts";
import { createChatServer, type ChatServer } from "../../src/server/index.ts";
import { requireFreshDist, ROOT, runProcess, succeeded, type Run } from "./processes.ts";

/** Every check a run with a fuzz round reports, whether it passed or not. */
const EVERY_CHECK = FRAME_CHECKS.length + BEHAVIOUR_CHECKS.length + Object.keys(FUZZ_CHECKS).length;

const quiet = { info() {}, warn() {}, error() {} };
let work: string;
let app: string;
let tarball: string;
let packed: string[];

const inApp = (command: string, args: string[], timeoutMs = 60_000): Promise<Run> =>
  runProcess(command, args, { cwd: app, timeoutMs, env: { ...process.env, NO_COLOR: "1" } });
const node = (args: string[], timeoutMs?: number) => inApp(process.execPath, args, timeoutMs);
const npx = (args: string[], timeoutMs?: number) =>
  inApp("npx", ["--no-install", "chat-contract", ...args], timeoutMs);

beforeAll(async () => {
  requireFreshDist();
  work = await mkdtemp(path.join(os.tmpdir(), "chat-contract-consumer-"));
  const pack = succeeded(
    await runProcess("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], {
      cwd: ROOT,
      timeoutMs: 60_000,
    }),
    "npm pack",
  );
  const [info] = JSON.parse(pack.out) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(work, info!.filename);
  packed = info!.files.map((f) => f.path);
  app = path.join(work, "consumer");
  await cp(path.join(ROOT, "examples", "consumer"), app, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist)$/.test(source),
  });
  succeeded(
    await inApp("npm", ["install", "--no-audit", "--no-fund", tarball], 180_000),
    "npm install <tarball>",
  );
}, 240_000);

afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  it("holds only what users need: compiled code, declarations, schemas, asyncapi.yaml", () => {
    const allowed =
      /^(dist\/(src|scripts|generated)\/.+\.(js|d\.ts)|schemas\/[A-Za-z_]+\.json|asyncapi\.yaml|bin\/chat-contract\.js|package\.json|README\.md)$/;
    expect(packed.filter((file) => !allowed.test(file))).toEqual([]);
    expect(packed).toContain("dist/src/contract/index.d.ts");
    expect(packed).toContain("dist/generated/validators.js");
  });
});

describe("a consumer project with the tarball installed", () => {
  it("compiles with its own tsc under strict NodeNext, noUnusedLocals, no skipLibCheck", async () => {
    const run = await node(["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"], 120_000);
    expect(run.out + run.err).toBe("");
    expect(run.code).toBe(0);
  }, 130_000);

  it("runs its guarded server and typed clients with plain node", async () => {
    const run = succeeded(await node(["dist/demo.js"]), "node dist/demo.js");
    const lines = run.out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as object);
    expect(lines).toEqual([
      { step: "delivered", valid: true, message: "hello" },
      { step: "rejected", errorCode: "INVALID_PAYLOAD", rejectedByGuard: 1 },
    ]);
  });

  it("checks fixtures in a build step, naming the file, path and rule of a bad one", async () => {
    expect((await node(["dist/validate-fixtures.js", "fixtures"])).code).toBe(0);
    await writeFile(
      path.join(app, "fixtures", "MESSAGE_SENT.empty.json"),
      JSON.stringify({ userId: "alice", message: "", timestamp: "2026-12-03T05:00:00Z" }),
    );
    try {
      const run = await node(["dist/validate-fixtures.js", "fixtures"]);
      expect(run.code).toBe(1);
      expect(run.err).toContain(
        `${path.join("fixtures", "MESSAGE_SENT.empty.json")}: /message minLength`,
      );
    } finally {
      await rm(path.join(app, "fixtures", "MESSAGE_SENT.empty.json"));
    }
  });

  it("runs the conformance suite as a library against the reference server", async () => {
    const run = succeeded(await node(["dist/check-reference.js"]), "node dist/check-reference.js");
    expect(JSON.parse(run.out)).toEqual({ ok: true, checks: EVERY_CHECK, failed: [] });
  });

  it("resolves the schemas and asyncapi.yaml through the exports map", async () => {
    const run = succeeded(
      await node([
        "--input-type=module",
        "-e",
        `const r = (s) => import.meta.resolve(s);
         console.log(JSON.stringify([r("chat-contract/schemas/MESSAGE_SENT.json"), r("chat-contract/asyncapi.yaml")]));`,
      ]),
      "import.meta.resolve",
    );
    const [schema, spec] = (JSON.parse(run.out) as string[]).map((url) => new URL(url).pathname);
    expect(JSON.parse(await readFile(schema!, "utf8")).title).toBe("MESSAGE_SENT");
    expect(await readFile(spec!, "utf8")).toContain("asyncapi: 3.0.0");
  });
});

describe("npx chat-contract in the consumer project", () => {
  let server: ChatServer;
  beforeAll(async () => {
    server = await createChatServer({ port: 0, logger: quiet });
  });
  afterAll(async () => server?.close());

  it("test --url passes the reference server (exit 0)", async () => {
    const run = await npx(["test", "--url", server.url, "--fuzz", "10"]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/PASS\s+15 of 15 events conformant/);
  });

  it("--version prints the package's version", async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect((await npx(["--version"])).out.trim()).toBe(pkg.version);
  });

  it("generate without the optional codegen stack says what to install (exit 2)", async () => {
    const run = await npx(["generate", "--check"]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /generate needs @asyncapi\/parser, json-schema-to-typescript .*npm install --save-dev chat-contract @asyncapi\/parser@3\.6\.6 json-schema-to-typescript@16\.0\.0/,
    );
  });

  it("serve stops and frees its port when npx gets SIGTERM (kill $!)", async () => {
    // Its own process group, so cleanup can reach the server even if the test fails.
    const child = spawn("npx", ["--no-install", "chat-contract", "serve", "--port", "0"], {
      cwd: app,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let text = "";
    const outputClosed = new Promise<void>((resolve) => child.stdout.on("close", resolve));
    const listening = new Promise<string>((resolve) => {
      const onData = (chunk: Buffer) => {
        text += chunk.toString();
        const url = /listening on (http:\/\/\S+)/.exec(text)?.[1];
        if (url !== undefined) resolve(url);
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
    });
    try {
      const url = await bounded(listening, 20_000, "the listening line");
      const port = Number(new URL(url).port);
      expect(await canConnect(port)).toBe(true);
      child.kill("SIGTERM"); // npx's pid, as `kill $!` after `npx chat-contract serve &`
      // The stdout pipe closes when its last writer, the server's node process, exits.
      await bounded(outputClosed, 10_000, "the server process to exit");
      expect(text).toContain("chat server closed");
      expect(await canConnect(port)).toBe(false);
    } finally {
      killGroup(child.pid);
    }
  }, 40_000);
});

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone: the test stopped it.
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`waited ${ms} ms for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
