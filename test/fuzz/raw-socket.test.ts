// The raw WebSocket of the wire phase against a hostile server: it keeps what the runner
// reads (how frames begin) and nothing more, and a garbled open packet is no crash.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { RawSocket } from "../../src/conformance/fuzz/raw-socket.ts";

async function serve(onConnection: (socket: WebSocket) => void): Promise<WebSocketServer> {
  const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  server.on("connection", onConnection);
  await once(server, "listening");
  return server;
}
const urlOf = (server: WebSocketServer) =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

describe("RawSocket against a hostile server", () => {
  let server: WebSocketServer | undefined;
  afterEach(() => server?.close());

  it("keeps the first 256 characters of each frame, and at most 1,000 frames", async () => {
    server = await serve((socket) => {
      socket.send(`0${JSON.stringify({ sid: "s", maxPayload: 1_000_000 })}`);
      for (let i = 0; i < 1_500; i++) socket.send(`42["FLOOD","${"x".repeat(10_000)}"]`);
      socket.close(); // after every frame: the client has them all once it sees the close
    });
    const raw = await RawSocket.open(urlOf(server), 2000);
    expect(raw?.handshake?.sid).toBe("s");
    await raw?.until(() => raw.ended, 5000);
    expect(raw?.closed).toBeDefined();
    expect(raw?.frames.length).toBe(1_000);
    expect(Math.max(...(raw?.frames ?? []).map((f) => f.length))).toBeLessThanOrEqual(256);
    raw?.terminate();
  });

  it("takes an open packet that is not JSON as no handshake, without throwing", async () => {
    server = await serve((socket) => socket.send("0{not json"));
    expect(await RawSocket.open(urlOf(server), 300)).toBeUndefined();
  });
});
