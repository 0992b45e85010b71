// An Engine.IO v4 connection over a raw WebSocket, with no Socket.IO client in between:
// the only way to put frames on the wire that a real client library would never send.
import WebSocket from "ws";
import { MAX_FRAME_BYTES } from "../test-client.ts";
import type { TraceSink } from "../trace.ts";

export type Frame = string | Buffer;

/** Where a raw socket connects and who hears about its frames (--path, --trace). */
export interface RawSocketOptions {
  /** The server's Socket.IO path (default "/socket.io"). */
  path?: string | undefined;
  trace?: TraceSink | undefined;
  /** Trace label, e.g. "wire-raw#3", and the wire case it serves. */
  label?: string;
  caseId?: string;
}

/** `http://host:port` -> `ws://host:port/socket.io/?EIO=4&transport=websocket` (or PATH/). */
export function engineUrl(url: string, path = "/socket.io"): string {
  const target = new URL(url);
  target.protocol = target.protocol === "https:" ? "wss:" : "ws:";
  target.pathname = `${path.replace(/\/+$/, "")}/`;
  target.search = "?EIO=4&transport=websocket";
  return target.toString();
}

/**
 * What a raw socket keeps of what it receives: the runner only reads how frames begin
 * ("40", '42["ERROR_OCCURED"', the open packet), so a hostile server's big or endless frames
 * cost no memory here; past MAX_KEPT_FRAMES nothing more is kept (a probe's answer then
 * reads as unseen, which only makes the runner check more).
 */
const KEPT_FRAME_PREFIX = 256;
const MAX_KEPT_FRAMES = 1_000;

export class RawSocket {
  readonly frames: Frame[] = [];
  /** The server's Engine.IO open packet (`0{...}`), parsed. */
  handshake: { sid?: string; maxPayload?: number } | undefined;
  closed: { code: number; reason: string } | undefined;
  error: string | undefined;
  private listeners: Array<() => void> = [];

  private constructor(
    private readonly ws: WebSocket,
    private readonly options: RawSocketOptions = {},
  ) {
    ws.on("message", (data, isBinary) => {
      const frame: Frame = isBinary ? Buffer.from(data as Buffer) : String(data);
      this.traceFrame("received", frame);
      // Engine.IO v4: the server pings, the client must pong or be dropped.
      if (frame === "2") ws.send("3");
      if (typeof frame === "string" && frame.startsWith("0") && this.handshake === undefined) {
        this.handshake = parseOpen(frame);
      }
      if (this.frames.length < MAX_KEPT_FRAMES)
        this.frames.push(
          typeof frame === "string"
            ? frame.slice(0, KEPT_FRAME_PREFIX)
            : Buffer.from(frame.subarray(0, KEPT_FRAME_PREFIX)),
        );
      this.notify();
    });
    ws.on("close", (code, reason) => {
      this.closed = { code, reason: String(reason) };
      this.notify();
    });
    ws.on("error", (error) => {
      this.error = error.message;
      this.notify();
    });
  }

  /** Opens the WebSocket and waits for the Engine.IO open packet; undefined when that fails. */
  static async open(
    url: string,
    timeoutMs: number,
    options: RawSocketOptions = {},
  ): Promise<RawSocket | undefined> {
    const socket = new RawSocket(
      new WebSocket(engineUrl(url, options.path), {
        handshakeTimeout: timeoutMs,
        // As the engine's own clients: a bigger frame closes the socket before it is buffered.
        maxPayload: MAX_FRAME_BYTES,
      }),
      options,
    );
    const ok = await socket.until(() => socket.handshake !== undefined, timeoutMs);
    if (!ok) socket.terminate();
    return ok ? socket : undefined;
  }

  get ended(): boolean {
    return this.closed !== undefined || this.error !== undefined;
  }

  send(frame: Frame): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    this.traceFrame("sent", frame);
    this.ws.send(frame);
  }

  private traceFrame(direction: "sent" | "received", frame: Frame): void {
    const { trace, label = "wire-raw", caseId } = this.options;
    // A binary frame is traced as base64: the trace is JSON text.
    const arg = typeof frame === "string" ? frame : { base64: frame.toString("base64") };
    trace?.({ client: label, direction, event: "raw", args: [arg], case: caseId });
  }

  /** True once `test()` holds; false after `timeoutMs` or when the socket ends first. */
  until(test: () => boolean, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const check = () => {
        if (test()) return done(true);
        if (this.ended) return done(false);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== check);
        resolve(ok);
      };
      this.listeners.push(check);
      check();
    });
  }

  terminate(): void {
    this.ws.terminate();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** The Engine.IO open packet's JSON; undefined when a hostile server sends something else. */
function parseOpen(frame: string): RawSocket["handshake"] {
  try {
    const open = JSON.parse(frame.slice(1)) as unknown;
    return typeof open === "object" && open !== null ? (open as RawSocket["handshake"]) : undefined;
  } catch {
    return undefined;
  }
}
