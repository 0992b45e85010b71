// Every frame any test client receives, in arrival order, and bounded waits over them.
// Clients record from the moment their socket is created (STYLE.md #6): a wait never
// listens for the future, it asks the buffer, so nothing that arrived early is lost.
import { boundValue, jsonSize } from "./bounded-value.ts";

export type FrameKind = "event" | "connect" | "connect_error" | "disconnect";

export interface Frame {
  /** Arrival order across every client of the run. */
  seq: number;
  /** The client that received it, e.g. "alice#1". */
  client: string;
  kind: FrameKind;
  /** The event name (kind "event"). */
  event?: string;
  /** The event's arguments as received; for connect_error, `[err.data]` when present. */
  args: unknown[];
  /** connect_error: err.message; disconnect: the reason Socket.IO gives. */
  message?: string;
  /** The scenario and step running when the frame arrived. */
  scenario?: string;
  step?: string;
  /** Milliseconds since the run started. */
  at: number;
}

export type FrameInput = Omit<Frame, "seq" | "at" | "scenario" | "step">;

interface Waiter {
  probe: () => boolean;
  resolve: () => void;
  /** Ends the wait at once, as a timeout would. */
  abort: () => void;
}

/**
 * Frames a fuzz client may receive within one round. A fuzz round gives one at most a few
 * thousand; past this the server is flooding the suite, and the run stops.
 */
export const MAX_FRAMES_PER_CLIENT = 20_000;

/**
 * Frames a scenario client may hold. The scenarios give one a few hundred (more on a
 * shared server with other users' traffic); past this the server is flooding the suite,
 * and the frames are counted, not stored, so memory stays bounded whatever it sends.
 */
export const MAX_SCENARIO_FRAMES_PER_CLIENT = 5_000;

/**
 * Bytes the scenario clients may receive in all, and a fuzz client within one round. Frames
 * are each under 16 MiB (MAX_FRAME_BYTES), but many of them could still fill memory; a
 * conformant run receives a few MiB. Past this the server is flooding the suite.
 */
export const MAX_RECEIVED_BYTES = 64 * 1024 * 1024;

export class Recorder {
  readonly frames: Frame[] = [];
  /** How many times the suite emitted each event name (any payload, valid or not). */
  readonly sent = new Map<string, number>();
  private readonly byClient = new Map<string, Frame[]>();
  /** Set by the engine as scenarios advance; stamped on every frame. */
  scenario: string | undefined;
  step: string | undefined;
  /** Called with every frame as it arrives, before any wait is re-asked: the frame checks. */
  onFrame: ((frame: Frame) => void) | undefined;
  /** Called once per client, with its label, when it reaches MAX_SCENARIO_FRAMES_PER_CLIENT. */
  onFlood: ((client: string, what?: string) => void) | undefined;
  /** Called when a client's connection closed on a frame over its size bound. */
  onOversize: ((client: string) => void) | undefined;
  /** Bytes of Engine.IO messages the scenario clients received, in all. */
  private receivedBytes = 0;
  /** Frames received past MAX_SCENARIO_FRAMES_PER_CLIENT, per client: counted, not stored. */
  readonly overflow = new Map<string, number>();
  private readonly waiters = new Set<Waiter>();
  private readonly startedAt = performance.now();

  constructor(
    /** The latest moment any wait may last until (performance.now() ms): the run's bound. */
    public deadline = Number.POSITIVE_INFINITY,
  ) {}

  elapsed(): number {
    return Math.round(performance.now() - this.startedAt);
  }

  record(input: FrameInput): Frame | undefined {
    const own = this.framesOf(input.client);
    if (own.length >= MAX_SCENARIO_FRAMES_PER_CLIENT) {
      const over = (this.overflow.get(input.client) ?? 0) + 1;
      this.overflow.set(input.client, over);
      if (over === 1) this.onFlood?.(input.client);
      return undefined;
    }
    const frame: Frame = { ...input, seq: this.frames.length, at: this.elapsed() };
    if (this.scenario !== undefined) frame.scenario = this.scenario;
    if (this.step !== undefined) frame.step = this.step;
    this.frames.push(frame);
    own.push(frame);
    this.onFrame?.(frame);
    // Once the clients have received far more than a run needs, a big frame is checked in
    // full (above) but kept with its large values cut, so a flood of big frames is not held
    // in memory. Before that every frame stays whole: a busy server's snapshot may be large,
    // and a scenario reads it.
    if (
      this.receivedBytes > KEEP_WHOLE_BYTES &&
      jsonSize(frame.args, MAX_KEPT_ARGS_CHARS) > MAX_KEPT_ARGS_CHARS
    )
      frame.args = frame.args.map(cutLargeFields);
    for (const waiter of this.waiters) {
      if (waiter.probe()) waiter.resolve();
    }
    return frame;
  }

  /**
   * Resolves with `probe()`'s first defined result, re-asked after every recorded frame,
   * or undefined after `timeoutMs` (never past the run's deadline). No fixed sleeps: a
   * wait ends as soon as its condition holds.
   */
  waitUntil<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
    const first = probe();
    if (first !== undefined) return Promise.resolve(first);
    const budget = Math.max(0, Math.min(timeoutMs, this.deadline - performance.now()));
    return new Promise((resolve) => {
      let found: T | undefined;
      const waiter: Waiter = {
        probe: () => (found = probe()) !== undefined,
        resolve: () => finish(found),
        abort: () => finish(undefined),
      };
      const timer = setTimeout(() => finish(undefined), budget);
      const finish = (value: T | undefined) => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(value);
      };
      this.waiters.add(waiter);
    });
  }

  /** The frames one client received, in order (a live array: it grows as frames arrive). */
  framesOf(client: string): Frame[] {
    let frames = this.byClient.get(client);
    if (frames === undefined) this.byClient.set(client, (frames = []));
    return frames;
  }

  noteSent(event: string): void {
    this.sent.set(event, (this.sent.get(event) ?? 0) + 1);
  }

  pastDeadline(): boolean {
    return performance.now() >= this.deadline;
  }

  /** Counts a message's bytes as a client's transport reads it; past the bound: a flood. */
  noteBytes(client: string, bytes: number): void {
    const before = this.receivedBytes;
    this.receivedBytes += bytes;
    if (before <= MAX_RECEIVED_BYTES && this.receivedBytes > MAX_RECEIVED_BYTES)
      this.onFlood?.(client, `${MAX_RECEIVED_BYTES / 1024 / 1024} MiB`);
  }

  /** The run stops: every wait ends now, and later ones at once. */
  abortWaits(): void {
    this.deadline = Math.min(this.deadline, performance.now());
    for (const waiter of [...this.waiters]) waiter.abort();
  }
}

/** Bytes received in all before big frames are kept cut (a conformant run receives a few MiB). */
const KEEP_WHOLE_BYTES = 8 * 1024 * 1024;
/** JSON characters of a frame's arguments kept as they came; a larger frame's big values are cut. */
const MAX_KEPT_ARGS_CHARS = 1024 * 1024;
/** Within such a frame, a payload field larger than this is kept as a bounded preview. */
const MAX_KEPT_FIELD_CHARS = 64 * 1024;

function cutLargeFields(arg: unknown): unknown {
  if (typeof arg !== "object" || arg === null || Array.isArray(arg))
    return boundValue(arg, MAX_KEPT_FIELD_CHARS);
  return Object.fromEntries(
    Object.entries(arg).map(([key, value]) => [
      key,
      jsonSize(value, MAX_KEPT_FIELD_CHARS) > MAX_KEPT_FIELD_CHARS
        ? boundValue(value, MAX_KEPT_FIELD_CHARS)
        : value,
    ]),
  );
}
