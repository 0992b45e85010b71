// The hostile and the ordinary clients of the soak (bench/soak.ts), each a small object that
// keeps its own counts. The attackers speak Engine.IO/Socket.IO over a bare WebSocket, the
// only way to stop reading while still answering heartbeats, or to send a value that
// socket.io-client's own encoder cannot (it recurses).
import { io, type Socket } from "socket.io-client";
import WebSocket from "ws";

const CONNECT_TIMEOUT_MS = 10_000;

function engineUrl(url: string): string {
  return `${url.replace(/^http/, "ws")}/socket.io/?EIO=4&transport=websocket`;
}

/** Opens a raw connection as `userId`; resolves once Socket.IO accepted it. */
async function openRaw(url: string, userId: string): Promise<WebSocket> {
  const ws = new WebSocket(engineUrl(url));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`soak: ${userId} not connected`)),
      CONNECT_TIMEOUT_MS,
    );
    ws.on("message", function onMessage(data) {
      const text = String(data);
      if (text.startsWith("0")) ws.send(`40${JSON.stringify({ userId })}`);
      if (text.startsWith("40")) {
        clearTimeout(timer);
        ws.off("message", onMessage);
        resolve();
      }
    });
    ws.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  return ws;
}

/**
 * Issue 14's slow consumer: handshakes, stops reading, and writes an unsolicited pong (`3`)
 * every `pongEveryMs` so Engine.IO's heartbeat never times it out. When the server cuts it,
 * it comes back (a persistent attacker), until stopped.
 */
export class NonReader {
  connections = 0;
  cutByServer = 0;
  private ws: WebSocket | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly pongEveryMs: number,
  ) {}

  async start(): Promise<void> {
    const ws = await openRaw(this.url, "soak-non-reader");
    this.connections++;
    this.ws = ws;
    (ws as unknown as { _socket: { pause(): void } })._socket.pause();
    this.timer = setInterval(
      () => ws.readyState === WebSocket.OPEN && ws.send("3"),
      this.pongEveryMs,
    );
    ws.once("close", () => {
      clearInterval(this.timer);
      if (this.stopped) return;
      this.cutByServer++;
      void this.start().catch(() => {});
    });
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.ws?.terminate();
  }
}

/** Sends USER_SETTINGS_UPDATED with a newValue nested `depth` deep, and counts the answers. */
export class DeepPayloadAttacker {
  sent = 0;
  invalidPayload = 0;
  otherAnswers = 0;
  private ws: WebSocket | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly depth: number,
    private readonly everyMs: number,
  ) {}

  async start(): Promise<void> {
    const ws = await openRaw(this.url, "soak-deep");
    this.ws = ws;
    ws.on("message", (data) => {
      const text = String(data);
      if (text === "2") return ws.send("3"); // a well-behaved heartbeat
      if (!text.startsWith('42["ERROR_OCCURED"')) return;
      if (text.includes('"INVALID_PAYLOAD"')) this.invalidPayload++;
      else this.otherAnswers++;
    });
    const deep = "[".repeat(this.depth) + "]".repeat(this.depth);
    this.timer = setInterval(() => {
      const payload = `{"userId":"soak-deep","settingName":"s","newValue":${deep},"timestamp":"${new Date().toISOString()}"}`;
      ws.send(`42["USER_SETTINGS_UPDATED",${payload}]`);
      this.sent++;
    }, this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.ws?.terminate();
  }
}

/** Opens a connection every `everyMs`, waits for its snapshot, closes it `lifeMs` later. */
export class Churn {
  opened = 0;
  ready = 0;
  failed = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly live = new Set<Socket>();

  constructor(
    private readonly url: string,
    private readonly everyMs: number,
    private readonly lifeMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.once(), this.everyMs);
  }

  private once(): void {
    const socket = io(this.url, {
      auth: { userId: `soak-churn-${this.opened++ % 25}` },
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
    });
    this.live.add(socket);
    const close = () => {
      socket.close();
      this.live.delete(socket);
    };
    socket.once("DATA_RECEIVED", () => {
      this.ready++;
      setTimeout(close, this.lifeMs);
    });
    socket.once("connect_error", () => {
      this.failed++;
      close();
    });
  }

  stop(): void {
    clearInterval(this.timer);
    for (const socket of this.live) socket.close();
    this.live.clear();
  }
}

/**
 * A socket.io-client connection of `userId` that has its session snapshot. `listen` attaches
 * listeners at creation (stack-notes: nothing may arrive before them).
 */
export function connectReady(
  url: string,
  userId: string,
  listen: (socket: Socket) => void = () => {},
): Promise<Socket> {
  const socket = io(url, {
    auth: { userId },
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
  });
  listen(socket);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`soak: ${userId} not ready`)),
      CONNECT_TIMEOUT_MS,
    );
    socket.once("DATA_RECEIVED", () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once("connect_error", (error) => {
      clearTimeout(timer);
      reject(new Error(`soak: ${userId} could not connect: ${error.message}`));
    });
  });
}
