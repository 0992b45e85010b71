// A socket.io-client that records from the moment it is created (onAny before connect,
// so nothing is lost) and lets tests await a predicate over what it recorded, bounded by
// a timeout: no fixed sleeps. Every event it receives is checked against schemas/.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEventName, EventPayloads } from "../../src/contract/index.ts";
import { problemsWithConnectError, problemsWithReceived } from "./contract-schemas.ts";

export const DEFAULT_TIMEOUT_MS = 3000;

export interface Received {
  event: string;
  args: unknown[];
}

export interface WaitOptions<P> {
  /** Only events at this index of `received` or later (see mark()). Default 0. */
  since?: number;
  match?: (payload: P) => boolean;
  timeoutMs?: number;
}

type Payload<E extends string> = E extends keyof EventPayloads ? EventPayloads[E] : unknown;

export class RecordingClient {
  readonly received: Received[] = [];
  /** Contract violations in what this client received; the test rig fails the test on any. */
  readonly problems: string[] = [];
  connectError: { message: string; data: unknown } | undefined;
  disconnectReason: string | undefined;
  private readonly wakers = new Set<() => void>();

  private constructor(
    readonly socket: Socket,
    readonly userId: string,
    readonly name: string,
  ) {
    socket.onAny((event: string, ...args: unknown[]) => {
      this.received.push({ event, args });
      this.problems.push(...problemsWithReceived(event, args).map((p) => `${name} received ${p}`));
      this.wake();
    });
    socket.on("connect_error", (error: Error & { data?: unknown }) => {
      this.connectError = { message: error.message, data: error.data };
      this.problems.push(
        ...problemsWithConnectError(error.data).map((p) => `${name} connect_error: ${p}`),
      );
      this.wake();
    });
    socket.on("connect", () => this.wake());
    socket.on("disconnect", (reason) => {
      this.disconnectReason = reason;
      this.wake();
    });
  }

  /** Creates the socket, attaches the recorders, then connects. */
  static open(url: string, auth: Record<string, unknown>, name?: string): RecordingClient {
    const socket = io(url, {
      auth,
      transports: ["websocket"],
      forceNew: true,
      reconnection: false,
      autoConnect: false,
    });
    const userId = typeof auth["userId"] === "string" ? auth["userId"] : "";
    const client = new RecordingClient(socket, userId, name ?? (userId || "anonymous"));
    socket.connect();
    return client;
  }

  /** Resolves once connected and the session snapshot has arrived. */
  async ready(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<this> {
    await this.waitUntil(
      () => this.connectError !== undefined || this.count("DATA_RECEIVED") > 0,
      "connected with DATA_RECEIVED",
      timeoutMs,
    );
    if (this.connectError)
      throw new Error(`${this.name}: handshake refused: ${JSON.stringify(this.connectError)}`);
    return this;
  }

  /** Resolves with the connect_error of a refused handshake. */
  async refused(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<{ message: string; data: unknown }> {
    await this.waitUntil(
      () => this.connectError !== undefined || this.socket.connected,
      "connect_error",
      timeoutMs,
    );
    if (this.connectError === undefined)
      throw new Error(`${this.name}: expected the handshake to be refused, but it connected`);
    return this.connectError;
  }

  /** The index the next received event will have: pass it as `since`. */
  mark(): number {
    return this.received.length;
  }

  since(mark: number): Received[] {
    return this.received.slice(mark);
  }

  /** Names of the events received since `mark`, in order. */
  eventsSince(mark: number): string[] {
    return this.since(mark).map((r) => r.event);
  }

  count(event: string, since = 0): number {
    return this.since(since).filter((r) => r.event === event).length;
  }

  payloadsOf<E extends string>(event: E, since = 0): Payload<E>[] {
    return this.since(since)
      .filter((r) => r.event === event)
      .map((r) => r.args[0] as Payload<E>);
  }

  /** The first `event` at or after `since` whose payload matches. */
  async waitFor<E extends string>(
    event: E,
    options: WaitOptions<Payload<E>> = {},
  ): Promise<Payload<E>> {
    const find = () =>
      this.payloadsOf(event, options.since ?? 0).find((p) => options.match?.(p) ?? true);
    await this.waitUntil(
      () => find() !== undefined,
      `${event}${options.match ? " (matching)" : ""}`,
      options.timeoutMs,
    );
    return find() as Payload<E>;
  }

  /** Resolves when `count` events named `event` arrived at or after `since`. */
  async waitForCount(
    event: string,
    count: number,
    options: { since?: number; timeoutMs?: number } = {},
  ): Promise<void> {
    // Counted incrementally: the robustness test waits for 10,000 replies.
    let scanned = options.since ?? 0;
    let seen = 0;
    const enough = () => {
      for (; scanned < this.received.length; scanned++)
        if (this.received[scanned]?.event === event) seen++;
      return seen >= count;
    };
    await this.waitUntil(enough, () => `${count} × ${event} (got ${seen})`, options.timeoutMs);
  }

  async waitForDisconnect(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string> {
    await this.waitUntil(() => this.disconnectReason !== undefined, "disconnect", timeoutMs);
    return this.disconnectReason as string;
  }

  /**
   * Waits until `predicate` holds, re-checking whenever something arrives. Fails at once on
   * a contract violation, and on timeout with what was received, to make failures readable.
   */
  waitUntil(
    predicate: () => boolean,
    description: string | (() => string),
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.problems.length > 0)
          return finish(new Error(`${this.name}: contract violation: ${this.problems.join("; ")}`));
        if (predicate()) return finish();
      };
      const timer = setTimeout(
        () => finish(new Error(this.timeoutMessage(description, timeoutMs))),
        timeoutMs,
      );
      const finish = (error?: Error) => {
        clearTimeout(timer);
        this.wakers.delete(check);
        if (error) reject(error);
        else resolve();
      };
      this.wakers.add(check);
      check();
    });
  }

  /** A contract event with its typed payload. */
  send<E extends ClientToServerEventName>(event: E, payload: EventPayloads[E]): void {
    this.socket.emit(event, payload);
  }

  /** Anything at all, for the malformed cases. */
  emitRaw(event: unknown, ...args: unknown[]): void {
    (this.socket.emit as (...all: unknown[]) => void)(event, ...args);
  }

  /** Disconnects; resolves once the socket reports it (whatever was received before). */
  close(): Promise<void> {
    if (!this.socket.connected) {
      this.socket.close();
      return Promise.resolve();
    }
    const closed = new Promise<void>((resolve) => this.socket.once("disconnect", () => resolve()));
    this.socket.close();
    return closed;
  }

  private wake(): void {
    for (const check of [...this.wakers]) check();
  }

  private timeoutMessage(describe: string | (() => string), timeoutMs: number): string {
    const description = typeof describe === "string" ? describe : describe();
    const tail = this.received
      .slice(-10)
      .map((r) => `${r.event} ${JSON.stringify(r.args).slice(0, 160)}`);
    return `${this.name}: no ${description} within ${timeoutMs} ms; last received:\n  ${tail.join("\n  ") || "(nothing)"}`;
  }
}
