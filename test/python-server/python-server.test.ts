// A second, independent implementation of protocol v1 (examples/python-server, Python on
// Debian's python3-socketio and python3-aiohttp) must pass the whole suite, fuzz included,
// for fixed seeds and a random one: a FAIL against it is either a bug in that server or a
// false failure of the suite, and both must be found here rather than by a user.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/contract/index.ts";
import { spawnCli, type JsonReport } from "../conformance/run-cli.ts";

const PYTHON = "/usr/bin/python3";
const SERVER_DIR = path.join(PROJECT_ROOT, "examples/python-server");
const TOKEN = "py-s3cret";
const STARTUP_TIMEOUT_MS = 15_000;
const FIXED_SEEDS = [1, 2, 3];
// Printed, so a failing CI run can be replayed with --seed.
const RANDOM_SEED = Math.floor(Math.random() * 2 ** 31);
// One --fuzz 100 run takes 7 to 11 s here; this bounds a hung run, it measures nothing.
const RUN_TIMEOUT_MS = 120_000;

/** CI installs the Debian packages; without them this is a broken setup, not a skip. */
function requirePythonPackages(): void {
  const probe = spawnSync(PYTHON, ["-c", "import socketio, aiohttp"], { encoding: "utf8" });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      `${PYTHON} cannot import socketio and aiohttp, which examples/python-server needs: ` +
        `apt-get install python3-socketio python3-aiohttp\n${probe.error?.message ?? probe.stderr}`,
    );
  }
}

interface PythonServer {
  child: ChildProcess;
  url: string;
  stderr: () => string;
}

/** Starts the server on a free port and resolves with the URL it prints as its first line. */
function startPythonServer(): Promise<PythonServer> {
  const child = spawn(PYTHON, ["-m", "chat_server", "--port", "0", "--token", TOKEN], {
    cwd: SERVER_DIR,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no URL on stdout within ${STARTUP_TIMEOUT_MS} ms; stderr:\n${err}`));
    }, STARTUP_TIMEOUT_MS);
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const newline = out.indexOf("\n");
      if (newline < 0) return;
      clearTimeout(timer);
      resolve({ child, url: out.slice(0, newline).trim(), stderr: () => err });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the Python server exited with ${code} before printing its URL:\n${err}`));
    });
  });
}

/** SIGTERM, which the server answers by exiting 0; SIGKILL if it has not within 5 s. */
async function stopPythonServer(server: PythonServer): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null) return;
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  const code = await exited;
  clearTimeout(timer);
  expect(code, `the Python server did not exit cleanly on SIGTERM:\n${server.stderr()}`).toBe(0);
}

/** Every way the run said FAIL, one line each, with what replays it. */
function failuresIn(report: JsonReport): string[] {
  const fromChecks = report.checks.flatMap((check) =>
    check.violations.map(
      (v) =>
        `${check.name}: ${v.event ?? "-"} ${v.message}${v.reproduce ? ` (${v.reproduce})` : ""}`,
    ),
  );
  const fromScenarios = report.scenarios
    .filter((s) => s.status === "fail")
    .map((s) => `scenario ${s.name} failed`);
  const fromCases = (report.fuzz?.cases ?? [])
    .filter((c) => !c.ok)
    .map((c) => `fuzz case ${c.id} failed`);
  return [...fromChecks, ...fromScenarios, ...fromCases];
}

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)(
  "the Python example server (examples/python-server)",
  () => {
    let server: PythonServer;
    beforeAll(async () => {
      requirePythonPackages();
      server = await startPythonServer();
    });
    afterAll(async () => {
      if (server === undefined) return;
      await stopPythonServer(server);
    });

    it("passes its own tests (timestamp, payload and rate-limit rules; reserved event names, removal moves over real connections)", () => {
      const result = spawnSync(PYTHON, ["-m", "unittest", "discover", "-s", "tests", "-t", "."], {
        cwd: SERVER_DIR,
        encoding: "utf8",
      });
      expect(result.stderr).toMatch(/^OK$/m);
      expect(result.status).toBe(0);
    });

    it("refuses a handshake with the CONNECTION_ERROR the guide describes", async () => {
      const { io } = await import("socket.io-client");
      const socket = io(server.url, {
        auth: { userId: "py-probe", token: "wrong" },
        reconnection: false,
      });
      try {
        const error = await new Promise<Error & { data?: unknown }>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error("no connect_error within 5000 ms")),
            5000,
          );
          socket.on("connect", () => reject(new Error("a wrong token was accepted")));
          socket.on("connect_error", (e) => {
            clearTimeout(timer);
            resolve(e);
          });
        });
        expect(error.message).toBe("CONNECTION_ERROR");
        expect(error.data).toMatchObject({ errorCode: "AUTH_INVALID" });
        expect((error.data as { timestamp: string }).timestamp).toMatch(/Z$/);
      } finally {
        socket.close();
      }
    });

    const seeds = [
      ...FIXED_SEEDS.map((seed) => ({ seed, kind: "fixed" })),
      { seed: RANDOM_SEED, kind: "random" },
    ];
    // One after another: the fuzz phase counts any other client's traffic as unexpected.
    for (const { seed, kind } of seeds) {
      it(
        `passes chat-contract test --fuzz 100 --seed ${seed} (${kind} seed) with zero failures`,
        async () => {
          if (kind === "random") console.log(`python-server: random fuzz seed ${seed}`);
          const result = await spawnCli(
            [
              "test",
              "--url",
              server.url,
              "--token",
              TOKEN,
              "--fuzz",
              "100",
              "--seed",
              String(seed),
              "--reporter",
              "json",
            ],
            { NO_COLOR: "1" },
          );
          expect(result.err).toBe("");
          const report = JSON.parse(result.out) as JsonReport;
          expect(failuresIn(report)).toEqual([]);
          expect(report.ok).toBe(true);
          expect(result.code).toBe(0);
          // The fuzz round really ran: 100 valid and 100 invalid cases for each of the 8 client events.
          const payloadCases = (report.fuzz?.cases ?? []).filter((c) => c.kind !== "wire");
          expect(payloadCases.length).toBe(8 * 2 * 100);
          // It answers the wire phase's liveness probe (a case's frames may leave one
          // connection speechless): no wire case may skip waiting for that answer.
          const wire = (report.fuzz?.cases ?? []) as { id: string; kind: string; note?: string }[];
          expect(
            wire.filter((c) => c.kind === "wire" && c.note?.startsWith("probe answer not waited")),
          ).toEqual([]);
          // After the client's own Engine.IO CLOSE it neither answers nor closes the
          // WebSocket at once: that case must not wait out --timeout for a proof.
          expect(wire.find((c) => c.id === "wire/eio-close-then-data/0")?.note).toMatch(
            /^answer not waited for: the frames closed the Engine.IO session/,
          );
          expect(
            report.scenarios.find((s) => s.name === "rejects-handshake-with-wrong-token")?.status,
          ).toBe("pass");
        },
        RUN_TIMEOUT_MS,
      );
    }

    it("answered no event with INTERNAL: no handler of the server failed", () => {
      // Its own failures are logged by the "chat_server" logger; python-socketio's logs of
      // the wire fuzz cases' malformed frames are the library's, and expected.
      expect(server.stderr()).not.toMatch(/chat_server/);
    });
  },
);
