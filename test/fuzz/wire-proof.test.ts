// The wire phase's proof of life on a case's own connection: frames that leave the
// namespace make the usual probe (an event) unanswerable, and a conformant server must not
// cost a whole --timeout for them. (Frames that close the Engine.IO session: the Python
// server's test, whose server neither answers nor closes after them.)
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

async function run(wireCases: WireCase[]) {
  const phase = new WirePhase(wireCases, {
    deadline: Number.POSITIVE_INFINITY,
    url: server.url,
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

describe("the wire phase's proof of life after a case", () => {
  it("after a DISCONNECT of the namespace (41) is a fresh CONNECT, answered or refused with a close, never a probe left unanswered", async () => {
    // Sent right behind "41", an event often reaches the reference server before the
    // namespace is gone, and is then dropped without a word: the probe would wait out
    // --timeout. The CONNECT is answered, or closes the connection as out of place.
    const results = await run(cases("leaves-namespace", ["41"], 6));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill("pass"));
    expect(results.map((r) => r.reaction).filter((r) => r === "silent")).toEqual([]);
  });
});
