// The wire phase's proof of life on a case's own connection: frames that leave the
// namespace leave nothing to answer there, and a conformant server must not cost a whole
// --timeout for them, while the frames still reach the server's own code for them.
// (Frames that close the Engine.IO session: the Python server's test, whose server
// neither answers nor closes after them.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WireCase } from "../../src/conformance/fuzz/wire-cases.ts";
import { WirePhase } from "../../src/conformance/fuzz/wire-phase.ts";
import { createChatServer, type ChatServer } from "../../src/server/index.ts";
import { quietLogger } from "../fixtures/fuzz-targets/quiet-logger.ts";

let server: ChatServer;
beforeAll(async () => {
  server = await createChatServer({ port: 0, logger: quietLogger });
});
afterAll(() => server.close());

function cases(name: string, frames: string[], count: number): WireCase[] {
  return Array.from({ length: count }, (_, k) => ({
    id: `wire/${name}/${k}`,
    name,
    afterConnect: true,
    frames: () => frames,
    description: name,
  }));
}

async function run(url: string, wireCases: WireCase[]) {
  const phase = new WirePhase(wireCases, {
    deadline: Number.POSITIVE_INFINITY,
    url,
    auth: (userId) => ({ userId }),
    timeoutMs: 2000,
    tag: "proof",
    reproduce: (c) => c.id,
  });
  try {
    await phase.run();
  } finally {
    phase.close();
  }
  return phase.results;
}

describe("a wire case whose frames leave the namespace (41)", () => {
  it("is not followed by a probe nor waited for: the full check right after judges it", async () => {
    // Sent right behind "41", an event often reaches the reference server before the
    // namespace is gone, and is then dropped without a word: a probe would wait out --timeout.
    const results = await run(server.url, cases("leaves-namespace", ["41"], 6));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill("pass"));
    for (const result of results)
      expect(result.note ?? `server ${result.reaction}`).toMatch(
        /^answer not waited for: the frames left the namespace|^server closed$/,
      );
  });

  it("reaches the server's disconnect path: a server that drops everyone there fails the case", async () => {
    // A CONNECT sent right behind "41" would be handled first by a Node server, which then
    // drops the session without ever running its "client namespace disconnect" path.
    const broken = await createChatServer({
      port: 0,
      logger: quietLogger,
      configure: (io) =>
        io.on("connection", (socket) => {
          const userId = (socket.handshake.auth as { userId?: unknown }).userId;
          if (typeof userId !== "string" || !userId.startsWith("fz-wire-raw-")) return;
          socket.on("disconnect", (reason) => {
            if (reason === "client namespace disconnect") io.disconnectSockets(true);
          });
        }),
    });
    try {
      const [result] = await run(broken.url, cases("leaves-namespace", ["41"], 1));
      expect(result?.status).toBe("fail");
      // The observer was dropped: seen closed, or gone before the check's message reached it.
      expect(result?.failures[0]?.message).toMatch(
        /the server closed an established connection|a MESSAGE_SENT from a new connection did not reach fuzz-wire-observer/,
      );
    } finally {
      await broken.close();
    }
  });
});
