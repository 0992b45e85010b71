// Exit 2 explains itself and still reports: each reason the first connection fails gets
// its own cause, on stderr and in the --output file (JSON and JUnit), all on loopback.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatServer } from "../../src/server/index.ts";
import { runCli } from "./run-cli.ts";
import { xmlProblems } from "./xml-well-formed.ts";

interface Target {
  url: string;
  close(): Promise<void>;
}

function listening(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
  );
}

function closing(server: Server, sockets: Set<Socket> = new Set()): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

/** A plain HTTP server that knows no Socket.IO: 404 on every path. */
async function plainHttp(): Promise<{ port: number; close(): Promise<void> }> {
  const server = createHttpServer((_, res) => res.writeHead(404).end("not found"));
  const sockets = new Set<Socket>();
  server.on("connection", (s) => sockets.add(s));
  return { port: await listening(server), close: closing(server, sockets) };
}

const TARGETS: Record<string, () => Promise<Target>> = {
  // A port that was open a moment ago and is closed now.
  refused: async () => {
    const server = createServer();
    const port = await listening(server);
    await closing(server)();
    return { url: `http://127.0.0.1:${port}`, close: async () => {} };
  },
  // RFC 6761: .invalid never resolves.
  dns: async () => ({ url: "http://chat-contract.invalid:3000", close: async () => {} }),
  "http-status": async () => {
    const http = await plainHttp();
    return { url: `http://127.0.0.1:${http.port}`, close: http.close };
  },
  // Accepts TCP and never answers a byte.
  timeout: async () => {
    const sockets = new Set<Socket>();
    const server = createServer((s) => sockets.add(s));
    const port = await listening(server);
    return { url: `http://127.0.0.1:${port}`, close: closing(server, sockets) };
  },
  // A Socket.IO server whose connection middleware never calls next(): the transport
  // opens, the handshake never completes.
  "handshake-timeout": async () => {
    const server = await createChatServer({
      port: 0,
      logger: { info() {}, warn() {}, error() {} },
      configure: (io) => io.use(() => {}),
    });
    return { url: server.url, close: () => server.close() };
  },
  // An https URL to a plain http server.
  tls: async () => {
    const http = await plainHttp();
    return { url: `https://127.0.0.1:${http.port}`, close: http.close };
  },
};

const CAUSES: Record<string, RegExp> = {
  refused: /connection refused by 127\.0\.0\.1:\d+/,
  dns: /DNS lookup failed for chat-contract\.invalid/,
  "http-status":
    /HTTP 404 from 127\.0\.0\.1:\d+\/socket\.io\/: no Socket\.IO server at \/socket\.io/,
  timeout: /timeout: 127\.0\.0\.1:\d+ accepted no HTTP request .* within 300 ms/,
  tls: /TLS handshake with 127\.0\.0\.1:\d+ failed/,
  "handshake-timeout":
    /opened the connection \(Engine\.IO\) but did not complete the Socket\.IO handshake within 300 ms/,
};

describe.skipIf(process.env["CONFORMANCE_URL"] !== undefined)(
  "chat-contract test when the server cannot be reached",
  () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), "chat-contract-connect-"));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    describe("--url repeated: every node is reached before any scenario runs", () => {
      it.each([2, 3])(
        "an unreachable last node of %i exits 2 naming that URL, and writes the JSON report",
        async (count) => {
          let connections = 0;
          const quiet = { info() {}, warn() {}, error() {} };
          const good = await createChatServer({
            port: 0,
            host: "127.0.0.1",
            logger: quiet,
            configure: (io) => io.on("connection", () => connections++),
          });
          const refused = await TARGETS["refused"]!();
          try {
            const file = path.join(dir, `cluster-${count}.json`);
            const urls = [...Array<string>(count - 1).fill(good.url), refused.url];
            const result = await runCli([
              "test",
              ...urls.flatMap((url) => ["--url", url]),
              "--timeout",
              "300",
              "--reporter",
              "json",
              "--output",
              file,
            ]);
            expect(result.code).toBe(2);
            expect(result.err.trim().split("\n")).toHaveLength(1);
            const node = String.fromCharCode(64 + count);
            const cause = `cannot reach ${refused.url} (node ${node}, --url ${count} of ${count}): connection refused by 127.0.0.1:`;
            expect(result.err).toContain(cause);
            const report = JSON.parse(await readFile(file, "utf8")) as {
              ok: boolean;
              error: { kind: string; message: string };
            };
            expect(report.ok).toBe(false);
            expect(report.error.kind).toBe("refused");
            expect(report.error.message).toContain(cause);
            // No scenario ran: the good node saw the suite's first connection and no other
            // (the probe of a node opens no Socket.IO connection).
            expect(connections).toBe(1);
          } finally {
            await refused.close();
            await good.close();
          }
        },
      );
    });

    describe.each(Object.keys(TARGETS))("%s", (kind) => {
      it("exits 2 naming the cause on one line, and writes a JSON report saying so", async () => {
        const target = await TARGETS[kind]!();
        try {
          const file = path.join(dir, `${kind}.json`);
          const result = await runCli([
            "test",
            "--url",
            target.url,
            "--timeout",
            "300",
            "--reporter",
            "json",
            "--output",
            file,
          ]);
          expect(result.code).toBe(2);
          expect(result.err.trim().split("\n")).toHaveLength(1);
          expect(result.err).toMatch(CAUSES[kind]!);
          const report = JSON.parse(await readFile(file, "utf8")) as {
            ok: boolean;
            error: { kind: string; message: string };
          };
          expect(report.ok).toBe(false);
          expect(report.error.kind).toBe(kind);
          expect(report.error.message).toMatch(CAUSES[kind]!);
        } finally {
          await target.close();
        }
      });

      it("writes a JUnit report with one failing testcase `connect` carrying the cause", async () => {
        const target = await TARGETS[kind]!();
        try {
          const file = path.join(dir, `${kind}.xml`);
          const result = await runCli([
            "test",
            "--url",
            target.url,
            "--timeout",
            "300",
            "--reporter",
            "junit",
            "--output",
            file,
          ]);
          expect(result.code).toBe(2);
          const xml = await readFile(file, "utf8");
          expect(xmlProblems(xml)).toEqual([]);
          expect(xml.match(/<testcase /g)).toHaveLength(1);
          expect(xml).toMatch(
            new RegExp(
              `<testcase [^>]*name="connect"[^>]*>\\s*<failure message="[^"]*" type="${kind}">`,
            ),
          );
          expect(xml).toMatch(CAUSES[kind]!);
        } finally {
          await target.close();
        }
      });
    });
  },
);
