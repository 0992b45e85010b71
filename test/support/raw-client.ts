// A bare Engine.IO/Socket.IO v4 client over `ws`, for what socket.io-client will not do:
// stop reading while it keeps sending.
import WebSocket from "ws";

function nextMessage(ws: WebSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    ws.once("message", (data) => resolve(String(data)));
    ws.once("error", reject);
  });
}

/** Opens a connection to namespace `/` with `auth`; resolves once Socket.IO accepted it. */
export async function openRawClient(
  port: number,
  auth: Record<string, unknown>,
): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`);
  const open = await nextMessage(ws); // Engine.IO OPEN: 0{"sid":...}
  if (!open.startsWith("0")) throw new Error(`unexpected Engine.IO open packet: ${open}`);
  ws.send(`40${JSON.stringify(auth)}`);
  const connect = await nextMessage(ws); // Socket.IO CONNECT: 40{"sid":...}
  if (!connect.startsWith("40")) throw new Error(`unexpected Socket.IO connect packet: ${connect}`);
  return ws;
}

/** Stops reading from the server: its writes pile up on the server's side. */
export function stopReading(ws: WebSocket): void {
  (ws as unknown as { _socket: { pause(): void } })._socket.pause();
}

/** Resolves when `predicate` holds, polling; rejects after `timeoutMs`. */
export async function eventually(
  predicate: () => boolean,
  description: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
