// A connection of the fuzz run: records every event from the moment the socket exists
// (onAny attached in the same tick), and lets the runner wait on its log with a bound.
import { io, type Socket } from "socket.io-client";
import { MAX_FRAMES_PER_CLIENT, MAX_RECEIVED_BYTES } from "../recorder.ts";
import { byteLength, MAX_FRAME_BYTES } from "../test-client.ts";
import type { TraceSink } from "../trace.ts";

/** Barrier messages (wire phase) start with this; clients index them as they arrive. */
export const BARRIER_PREFIX = "fuzz-barrier ";
/** Barrier groups (payload phase) have ids that start with this; indexed the same way. */
export const BARRIER_GROUP_PREFIX = "fz-barrier-";

export interface Received {
  event: string;
  args: unknown[];
}

interface Waiter {
  test: () => boolean;
  resolve: (ok: boolean) => void;
  timer: NodeJS.Timeout;
}

export interface FuzzClientOptions {
  url: string;
  label: string;
  userId: string;
  auth: Record<string, unknown>;
  timeoutMs: number;
  /** The server's Socket.IO path (default "/socket.io"). */
  path?: string | undefined;
  /** Told every frame this client sends or receives (--trace). */
  trace?: TraceSink | undefined;
  /** Told the arguments of every event this client sends. */
  onEmit?: (args: readonly unknown[]) => void;
}

export class FuzzClient {
  readonly label: string;
  readonly userId: string;
  readonly log: Received[] = [];
  /** Log position of each barrier received, by its message text or group id. */
  readonly barriers = new Map<string, number>();
  /** Why the connection closed (Socket.IO's reason), once it has. */
  closedReason: string | undefined;
  connectError: string | undefined;
  /** Why the server made this connection unusable for judging: a flood, or a frame over the size bound. */
  overwhelmed: string | undefined;
  /**
   * Where the flood count starts: a round's barrier moves it on. A long run's log grows
   * with the work asked (--fuzz N); a flood is more frames within one round than any
   * round's steps can cause.
   */
  floodBase = 0;
  /** Bytes received since the round began (the barrier resets it with floodBase). */
  roundBytes = 0;
  private readonly socket: Socket;
  private waiters: Waiter[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly trace: TraceSink | undefined;
  private readonly onEmit: ((args: readonly unknown[]) => void) | undefined;

  constructor(options: FuzzClientOptions) {
    this.label = options.label;
    this.userId = options.userId;
    this.trace = options.trace;
    this.onEmit = options.onEmit;
    this.socket = io(options.url, {
      ...(options.path === undefined ? {} : { path: options.path }),
      auth: options.auth,
      transports: ["websocket"],
      forceNew: true,
      reconnection: false,
      timeout: options.timeoutMs,
      // As the scenarios' clients: ws drops a bigger frame before buffering it.
      maxPayload: MAX_FRAME_BYTES,
    } as Parameters<typeof io>[1]);
    this.socket.io.on("open", () =>
      this.socket.io.engine.on("data", (data: unknown) => {
        this.roundBytes += byteLength(data);
        if (this.roundBytes > MAX_RECEIVED_BYTES) {
          this.overwhelmed ??= `${this.label} received more than ${MAX_RECEIVED_BYTES / 1024 / 1024} MiB within one round: the server floods its clients`;
          this.socket.disconnect();
        }
      }),
    );
    this.socket.onAny((event: string, ...args: unknown[]) => {
      if (this.log.length - this.floodBase >= MAX_FRAMES_PER_CLIENT) {
        // Counted as a flood, not stored: memory stays bounded whatever the server sends.
        this.overwhelmed ??= `${this.label} received more than ${MAX_FRAMES_PER_CLIENT.toLocaleString("en")} frames within one round: the server floods its clients`;
        this.socket.disconnect();
        return;
      }
      this.trace?.({ client: this.label, direction: "received", event, args });
      const at = this.log.push({ event, args }) - 1;
      const mark = barrierMark(event, args[0]);
      if (mark !== undefined) this.barriers.set(mark, at);
      this.wake();
    });
    this.socket.on("disconnect", (reason: string, description?: unknown) => {
      const code = (description as { description?: { error?: { code?: unknown } } } | undefined)
        ?.description?.error?.code;
      if (code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH")
        this.overwhelmed ??= `the server sent ${this.label} a frame over ${MAX_FRAME_BYTES} bytes`;
      this.trace?.({
        client: this.label,
        direction: "received",
        event: "disconnect",
        args: [reason],
      });
      this.closedReason = reason;
      this.wake();
    });
    this.socket.on("connect_error", (error: Error) => {
      this.trace?.({
        client: this.label,
        direction: "received",
        event: "connect_error",
        args: [error.message],
      });
      this.connectError = error.message;
      this.wake();
    });
  }

  get open(): boolean {
    return this.socket.connected;
  }

  /** Emits `event` with exactly these arguments (never an ack callback); `caseId` labels the trace. */
  emit(event: string, args: readonly unknown[], caseId?: string): void {
    this.trace?.({ client: this.label, direction: "sent", event, args, case: caseId });
    this.onEmit?.(args);
    this.socket.emit(event, ...args);
  }

  /** Resolves true once `test()` holds, false when the bound passes or the connection ends first. */
  until(test: () => boolean, timeoutMs: number): Promise<boolean> {
    if (test()) return Promise.resolve(true);
    if (this.ended) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        test,
        resolve,
        timer: setTimeout(() => this.settle(waiter, false), timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** Calls `listener` after every event received and on disconnection; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Connected and greeted with the session snapshot (DATA_RECEIVED): ready for the run. */
  async ready(timeoutMs: number): Promise<boolean> {
    return this.until(
      () => this.open && this.log.some((r) => r.event === "DATA_RECEIVED"),
      timeoutMs,
    );
  }

  close(): void {
    this.socket.disconnect();
  }

  get ended(): boolean {
    return this.closedReason !== undefined || this.connectError !== undefined;
  }

  private settle(waiter: Waiter, ok: boolean): void {
    clearTimeout(waiter.timer);
    this.waiters = this.waiters.filter((w) => w !== waiter);
    waiter.resolve(ok);
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.test()) this.settle(waiter, true);
      else if (this.ended) this.settle(waiter, false);
    }
    for (const listener of [...this.listeners]) listener();
  }
}

/** A barrier's key: the text of a barrier message, or the id of a barrier group. */
function barrierMark(event: string, payload: unknown): string | undefined {
  if (typeof payload !== "object" || payload === null) return undefined;
  const { message, groupId } = payload as Record<string, unknown>;
  if (event === "MESSAGE_RECEIVED" && typeof message === "string")
    return message.startsWith(BARRIER_PREFIX) ? message : undefined;
  if (event === "GROUP_CREATED" && typeof groupId === "string")
    return groupId.startsWith(BARRIER_GROUP_PREFIX) ? groupId : undefined;
  return undefined;
}
