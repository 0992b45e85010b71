// One Socket.IO connection of the suite. Its listeners are attached in the same tick the
// socket is created, before any packet can be read, so every frame lands in the recorder.
import { io, type Socket } from "socket.io-client";
import type { Frame, Recorder } from "./recorder.ts";
import type { TraceSink } from "./trace.ts";

export interface ClientOptions {
  url: string;
  /** Label in reports: role and connection number, e.g. "alice#2". */
  label: string;
  /** The handshake's `auth` object, sent as is (a rejected-handshake case may omit userId). */
  auth: Record<string, unknown>;
  timeoutMs: number;
  transports: ("websocket" | "polling")[];
  /** The server's Socket.IO path (default "/socket.io"). */
  path?: string | undefined;
  /** Told every frame this client sends or receives (--trace). */
  trace?: TraceSink | undefined;
}

/** How often one event the server rate-limited is sent again (backoff 50 ms, doubling to 1 s). */
const MAX_RATE_LIMIT_RETRIES = 8;

/** The largest frame a client accepts from the server (the websocket closes on a bigger one). */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

/** The reason Socket.IO gives when this side closed the connection. */
const CLOSED_BY_CLIENT = "io client disconnect";

/** An ack callback is not data: reports show this marker where the server asked for one. */
export const ACK_MARKER = "[acknowledgement callback]";

export class TestClient {
  readonly label: string;
  readonly userId: string | undefined;
  /** The last event this client sent and the step that sent it: what a drop is blamed on. */
  lastSent: { event: string; step: string | undefined; scenario: string | undefined } | undefined;
  /** Set once connection-stays-open has reported this connection's drop: one drop, one failure. */
  dropReported = false;
  /** The Engine.IO connection opened (before any Socket.IO CONNECT): the transport works. */
  transportOpened = false;
  private readonly socket: Socket;
  /** What this client sent last, for a retry when the server rate-limits it. */
  private lastEmit: { event: string; args: unknown[]; retries: number } | undefined;
  private readonly trace: TraceSink | undefined;

  constructor(
    private readonly recorder: Recorder,
    options: ClientOptions,
  ) {
    this.label = options.label;
    this.userId = typeof options.auth["userId"] === "string" ? options.auth["userId"] : undefined;
    this.trace = options.trace;
    this.socket = io(options.url, {
      ...(options.path === undefined ? {} : { path: options.path }),
      auth: options.auth,
      transports: options.transports,
      // One Engine.IO connection per client: devices of a user must be separate connections.
      forceNew: true,
      reconnection: false,
      timeout: options.timeoutMs,
      // ws closes the connection on a bigger frame, before it is buffered and parsed: a
      // server's 50 MB frame costs the suite nothing (the drop is reported).
      maxPayload: MAX_FRAME_BYTES,
    } as Parameters<typeof io>[1]);
    this.listen();
  }

  private listen(): void {
    const record = (frame: Omit<Parameters<Recorder["record"]>[0], "client">) => {
      this.traceFrame(
        "received",
        frame.event ?? frame.kind,
        frame.message === undefined ? frame.args : [frame.message, ...frame.args],
      );
      this.recorder.record({ ...frame, client: this.label });
    };
    this.socket.onAny((event: string, ...args: unknown[]) => {
      if (this.retryIfRateLimited(event, args)) return;
      record({
        kind: "event",
        event,
        args: args.map((a) => (typeof a === "function" ? ACK_MARKER : a)),
      });
    });
    // Bytes as the transport reads them, before decoding: a flood of big frames is seen
    // by its size, not only by its count.
    this.socket.io.on("open", () => {
      this.transportOpened = true;
      this.socket.io.engine.on("data", (data: unknown) =>
        this.recorder.noteBytes(this.label, byteLength(data)),
      );
    });
    this.socket.on("connect", () => record({ kind: "connect", args: [] }));
    this.socket.on("connect_error", (error: Error & { data?: unknown }) => {
      record({
        kind: "connect_error",
        message: error.message,
        args: error.data === undefined ? [] : [error.data],
      });
    });
    this.socket.on("disconnect", (reason: string, description?: unknown) => {
      const oversize = isOversizeClose(description);
      record({
        kind: "disconnect",
        message: oversize ? `${reason}: a frame over ${MAX_FRAME_BYTES} bytes` : reason,
        args: [],
      });
      if (oversize) this.recorder.onOversize?.(this.label);
    });
  }

  get frames(): Frame[] {
    return this.recorder.framesOf(this.label);
  }

  /** A position in this client's frames: what arrives later is `since(mark)`. */
  mark(): number {
    return this.frames.length;
  }

  since(mark: number): Frame[] {
    return this.frames.slice(mark);
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  /** True when the server (or the network) closed this connection, not the suite. */
  droppedByServer(): Frame | undefined {
    return this.frames.find((f) => f.kind === "disconnect" && f.message !== CLOSED_BY_CLIENT);
  }

  /** The handshake's outcome: the connect or connect_error frame, or undefined on timeout. */
  handshake(timeoutMs: number): Promise<Frame | undefined> {
    return this.recorder.waitUntil(
      () => this.frames.find((f) => f.kind === "connect" || f.kind === "connect_error"),
      timeoutMs,
    );
  }

  emit(event: string, ...args: unknown[]): void {
    this.recorder.noteSent(event);
    this.lastSent = { event, step: this.recorder.step, scenario: this.recorder.scenario };
    this.lastEmit = { event, args, retries: 0 };
    this.traceFrame("sent", event, args);
    this.socket.emit(event, ...args);
  }

  /**
   * A server may rate-limit the suite's own traffic (per connection or per user): a
   * RATE_LIMITED answer to the event this client sent last is not a verdict. The event goes
   * out again after a backoff and the answer is left out of what the checks see; after
   * MAX_RATE_LIMIT_RETRIES it is recorded like any answer. (The scenarios send one event
   * at a time per connection, so the last one sent is the one refused.)
   */
  private retryIfRateLimited(event: string, args: unknown[]): boolean {
    const code = (args[0] as { errorCode?: unknown } | undefined)?.errorCode;
    const last = this.lastEmit;
    if (event !== "ERROR_OCCURED" || code !== "RATE_LIMITED" || last === undefined) return false;
    if (last.retries >= MAX_RATE_LIMIT_RETRIES) return false;
    const wait = Math.min(1000, 50 * 2 ** last.retries++);
    setTimeout(() => {
      if (this.lastEmit === last && this.socket.connected)
        this.socket.emit(last.event, ...last.args);
    }, wait);
    return true;
  }

  private traceFrame(
    direction: "sent" | "received",
    event: string,
    args: readonly unknown[],
  ): void {
    this.trace?.({
      client: this.label,
      direction,
      event,
      args,
      scenario: this.recorder.scenario,
      step: this.recorder.step,
    });
  }

  close(): void {
    this.socket.disconnect();
  }
}

/** ws closed the websocket because a frame was over `maxPayload` (engine.io-client wraps its error twice). */
function isOversizeClose(description: unknown): boolean {
  const wrapped = (description as { description?: { error?: { code?: unknown } } } | undefined)
    ?.description;
  return wrapped?.error?.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH";
}

/** An Engine.IO message's size: a string's UTF-16 length, or a binary's bytes. */
export function byteLength(data: unknown): number {
  if (typeof data === "string") return data.length;
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}
