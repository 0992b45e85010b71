import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.ts";
import { mintUserToken } from "../../src/server/index.ts";
import { stamp } from "../support/barrier.ts";
import { useRig } from "../support/test-rig.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(ROOT, "bin/chat-contract.js");
const STARTUP_TIMEOUT_MS = 15_000;

interface Served {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

/** Spawns `chat-contract serve` and resolves with the URL it prints. */
function serve(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [BIN, "serve", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no URL within ${STARTUP_TIMEOUT_MS} ms; output:\n${text}`));
    }, STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const url = /chat server listening on (http:\/\/\S+)/.exec(text)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({ child, url, output: () => text, exit });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before printing its URL:\n${text}`));
    });
  });
}

function capture() {
  const lines = { out: [] as string[], err: [] as string[] };
  return {
    lines,
    output: { out: (t: string) => lines.out.push(t), err: (t: string) => lines.err.push(t) },
  };
}

describe("chat-contract serve", () => {
  const rig = useRig();

  it("prints its URL for --port 0, serves clients, and exits 0 on SIGTERM with connections open", async () => {
    const served = await serve(["--port", "0", "--token", "t0ken"]);
    try {
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const alice = await rig.open(served.url, { userId: "alice", token: "t0ken" }).ready();
      const bob = await rig.open(served.url, { userId: "bob", token: "t0ken" }).ready();
      alice.send("MESSAGE_SENT", { userId: "alice", message: "hi", timestamp: stamp() });
      await bob.waitFor("MESSAGE_RECEIVED");
      served.child.kill("SIGTERM");
      expect(await served.exit).toBe(0);
      // The server closed the connections itself rather than leaving them to time out.
      expect(await alice.waitForDisconnect()).toMatch(/io server disconnect|transport close/);
      expect(served.output()).toContain("chat server closed");
    } finally {
      served.child.kill("SIGKILL");
    }
  }, 30_000);

  it("with --jwt-secret accepts a JWT for the user and refuses one minted for another user", async () => {
    const served = await serve(["--port", "0", "--jwt-secret", "s3cret-for-tests"]);
    try {
      const token = await mintUserToken("alice", "s3cret-for-tests");
      const alice = await rig.open(served.url, { userId: "alice", token }).ready();
      expect(alice.socket.connected).toBe(true);
      const refused = await rig.open(served.url, { userId: "bob", token }).refused();
      expect(refused.data).toMatchObject({ errorCode: "AUTH_INVALID" });
    } finally {
      served.child.kill("SIGKILL");
    }
  }, 30_000);

  it("exits 0 on SIGINT", async () => {
    const served = await serve(["--port", "0", "--rate-limit", "0"]);
    try {
      served.child.kill("SIGINT");
      expect(await served.exit).toBe(0);
    } finally {
      served.child.kill("SIGKILL");
    }
  }, 30_000);

  it("prints --help with every option", async () => {
    const { lines, output } = capture();
    expect(await main(["serve", "--help"], output)).toBe(0);
    for (const option of [
      "--port",
      "--host",
      "--token",
      "--rate-limit",
      "--user-rate-limit",
      "--jwt-secret",
      "--max-queued-bytes",
      "--max-payload",
      "SIGTERM",
    ]) {
      expect(lines.out.join("\n")).toContain(option);
    }
  });

  it.each([
    [["--port", "70000"], /--port/],
    [["--port", "x"], /--port/],
    [["--rate-limit", "-1"], /--rate-limit/],
    [["--bogus"], /bogus/],
    [["--token", "t", "--jwt-secret", "s"], /not both/],
    [["--jwt-secret", ""], /must not be empty/],
    [["--max-queued-bytes", "0"], /--max-queued-bytes/],
    [["--user-rate-limit", "x"], /--user-rate-limit/],
  ])("exits 2 on bad arguments %j", async (args, message) => {
    const { lines, output } = capture();
    expect(await main(["serve", ...args], output)).toBe(2);
    expect(lines.err.join("\n")).toMatch(message);
  });

  it("exits 2 when the port is taken", async () => {
    const server = await rig.server();
    const { lines, output } = capture();
    expect(await main(["serve", "--port", String(server.port)], output)).toBe(2);
    expect(lines.err.join("\n")).toMatch(/cannot listen/);
  });
});
