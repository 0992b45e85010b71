// The wire phase: each malformed frame goes out on a raw WebSocket of its own; then a
// fresh Socket.IO connection must complete the handshake and a MESSAGE_SENT round trip to
// an established observer. A crash, a hang, or a server that drops its other connections
// all fail that check, named after the frames that preceded it.
import type { Failure } from "../results.ts";
import type { TraceSink } from "../trace.ts";
import { BARRIER_PREFIX, FuzzClient } from "./fuzz-client.ts";
import { RawSocket } from "./raw-socket.ts";
import { PROBE_EVENT, RUNNER_TIMESTAMP } from "./steps.ts";
import { sleep } from "./wait.ts";
import { describeFrame, type WireCase } from "./wire-cases.ts";

export interface WirePhaseOptions {
  /** No case starts past this moment (performance.now() ms): the run's bound. */
  deadline: number;
  url: string;
  auth: (userId: string) => Record<string, unknown>;
  timeoutMs: number;
  tag: string;
  reproduce: (wireCase: WireCase) => string;
  onCaseDone?: (result: WireResult) => void;
  /** The server's Socket.IO path and the --trace sink. */
  path?: string | undefined;
  trace?: TraceSink | undefined;
  /** Asked between cases: true ends the phase there (--max-failures). */
  shouldStop?: () => boolean;
}

export interface WireResult {
  wireCase: WireCase;
  status: "pass" | "fail" | "skipped";
  /** How the server took the frames: closed the raw connection, or went on answering on it. */
  reaction?: "closed" | "answered" | "silent";
  failures: Failure[];
  note?: string;
}

const RATE_LIMIT_RETRIES = 8;

const PROBE_FRAME = `42${JSON.stringify([PROBE_EVENT, {}])}`;

export class WirePhase {
  readonly results: WireResult[] = [];
  private observer: FuzzClient | undefined;
  private checks = 0;
  private opened = 0;

  constructor(
    private readonly cases: WireCase[],
    private readonly options: WirePhaseOptions,
  ) {}

  async run(): Promise<void> {
    this.observer = await this.connect("wire-observer");
    for (const [i, wireCase] of this.cases.entries()) {
      if (this.observer === undefined)
        return this.skipRest(i, "the server could not be reached before this case");
      if (performance.now() >= this.options.deadline)
        return this.skipRest(i, "the fuzz phase reached its bound (scaled from --timeout)");
      if (this.options.shouldStop?.() === true)
        return this.skipRest(i, "the run stopped first (--max-failures)");
      const result: WireResult = { wireCase, status: "pass", failures: [] };
      this.results.push(result);
      await this.runCase(wireCase, result);
      result.status = result.failures.length > 0 ? "fail" : "pass";
      this.options.onCaseDone?.(result);
      if (result.failures.length > 0 && !(await this.reachable())) {
        return this.skipRest(i + 1, `the server stopped answering after ${wireCase.id}`);
      }
    }
  }

  close(): void {
    this.observer?.close();
  }

  private skipRest(from: number, note: string): void {
    for (const wireCase of this.cases.slice(from)) {
      const result: WireResult = { wireCase, status: "skipped", failures: [], note };
      this.results.push(result);
      this.options.onCaseDone?.(result);
    }
  }

  private async runCase(wireCase: WireCase, result: WireResult): Promise<void> {
    const { timeoutMs } = this.options;
    const raw = await RawSocket.open(this.options.url, timeoutMs, {
      path: this.options.path,
      trace: this.options.trace,
      label: `wire-raw#${++this.opened}`,
      caseId: wireCase.id,
    });
    if (raw === undefined)
      return this.fail(result, "the server did not open a raw Engine.IO connection", []);
    const frames = wireCase.frames(raw.handshake?.maxPayload ?? 1_000_000);
    const auth = JSON.stringify(this.options.auth(`fz-wire-raw-${this.options.tag}`));
    if (wireCase.afterConnect) {
      raw.send(`40${auth}`);
      await raw.until(
        () => raw.frames.some((f) => typeof f === "string" && f.startsWith("40")),
        timeoutMs,
      );
    }
    const before = raw.frames.length;
    for (const frame of frames) raw.send(frame);
    // How did it take them? A probe after them is answered, or the connection is gone.
    raw.send(wireCase.afterConnect ? PROBE_FRAME : `40${auth}`);
    const expect = wireCase.afterConnect ? '42["ERROR_OCCURED"' : "40";
    const answered = await raw.until(
      () => raw.frames.slice(before).some((f) => typeof f === "string" && f.startsWith(expect)),
      timeoutMs,
    );
    result.reaction = answered ? "answered" : raw.ended ? "closed" : "silent";
    raw.terminate();
    await this.survives(result, frames);
  }

  /** The survival check: a new connection completes the handshake and a round trip to the observer. */
  private async survives(result: WireResult, frames: unknown[]): Promise<void> {
    const observer = this.observer as FuzzClient;
    if (!observer.open) {
      this.fail(
        result,
        `the server closed an established connection (${observer.closedReason ?? "closed"}) after these frames`,
        frames,
      );
      this.observer = await this.connect("wire-observer");
      return;
    }
    const fresh = await this.connect("wire-check");
    if (fresh === undefined) {
      return this.fail(
        result,
        "after these frames a new connection could not complete the handshake",
        frames,
      );
    }
    const text = `${BARRIER_PREFIX}wire ${this.options.tag} ${++this.checks}`;
    const delivered = await this.sendThrough(fresh, observer, text);
    fresh.close();
    if (!delivered)
      this.fail(
        result,
        `after these frames a MESSAGE_SENT from a new connection did not reach ${observer.label} within ${this.options.timeoutMs} ms`,
        frames,
      );
  }

  /**
   * The survival round trip: `fresh` sends a message `observer` must get. A RATE_LIMITED
   * answer is the server's rate limit, not a verdict: the message goes again after a
   * backoff (at most RATE_LIMIT_RETRIES times).
   */
  private async sendThrough(fresh: FuzzClient, observer: FuzzClient, text: string) {
    for (let attempt = 0; ; attempt++) {
      const from = fresh.log.length;
      fresh.emit("MESSAGE_SENT", [
        { userId: fresh.userId, message: text, timestamp: RUNNER_TIMESTAMP },
      ]);
      const limited = () =>
        fresh.log
          .slice(from)
          .some(
            (r) =>
              r.event === "ERROR_OCCURED" &&
              (r.args[0] as { errorCode?: unknown } | undefined)?.errorCode === "RATE_LIMITED",
          );
      await observer.until(() => observer.barriers.has(text) || limited(), this.options.timeoutMs);
      if (observer.barriers.has(text)) return true;
      if (!limited() || attempt >= RATE_LIMIT_RETRIES) return false;
      await sleep(Math.min(1000, 25 * 2 ** attempt));
    }
  }

  private async reachable(): Promise<boolean> {
    const probe = await this.connect("wire-check");
    probe?.close();
    return probe !== undefined;
  }

  private async connect(role: string): Promise<FuzzClient | undefined> {
    const userId = `fz-${role}-${this.options.tag}`;
    const client = new FuzzClient({
      url: this.options.url,
      label: `fuzz-${role}#${++this.opened}`,
      userId,
      auth: this.options.auth(userId),
      timeoutMs: this.options.timeoutMs,
      path: this.options.path,
      trace: this.options.trace,
    });
    if (await client.ready(this.options.timeoutMs)) return client;
    client.close();
    return undefined;
  }

  private fail(result: WireResult, message: string, frames: unknown[]): void {
    const { wireCase } = result;
    result.failures.push({
      check: "fuzz-wire-survives",
      step: `fuzz case ${wireCase.id}`,
      message: `${wireCase.id} (${wireCase.description}): ${message}`,
      sent: frames.map((f) => describeFrame(f as string | Buffer)),
      reproduce: this.options.reproduce(wireCase),
    });
  }
}
