// The wire phase: each malformed frame goes out on a raw WebSocket of its own; then a
// fresh Socket.IO connection must complete the handshake and a MESSAGE_SENT round trip to
// an established observer. A crash, a hang, or a server that drops its other connections
// all fail that check, named after the frames that preceded it.
//
// Against a server far away a case costs round trips, so cases are not each followed by a
// full check. Up to a batch of them have their raw connections opened side by side, then
// go out one after another, each once the previous one's connection showed the server
// alive after its frames: answered, or closed with a WebSocket close frame (a process that
// dies sends none). The first case without that proof, or the batch's end, gets the full
// check. That proof does not clear a case (a handler may crash the process a moment after
// it answered), so when the check fails after several cases they run again one at a time,
// each with a check of its own, and the culprit is named exactly; only when the server is
// gone by then does one failure name them all, in the order they went out.
import type { Failure } from "../results.ts";
import type { TraceSink } from "../trace.ts";
import { BARRIER_PREFIX, FuzzClient } from "./fuzz-client.ts";
import { RUNNER_TIMESTAMP } from "./steps.ts";
import { sleep } from "./wait.ts";
import { openCase, sendCase, type Opened, type ProbeState, type Sent } from "./wire-case-send.ts";
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
  /** Asked between batches: true ends the phase there (--max-failures). */
  shouldStop?: () => boolean;
  /** On a cluster, the node `url` is ("B"): in connection labels and failure messages. */
  node?: string | undefined;
  /** Cases opened side by side and covered by one full check (default WIRE_BATCH). */
  batchSize?: number;
  /** The server is known to leave the liveness probe unanswered (the payload phase's setup found it). */
  probeUnanswered?: boolean;
  /**
   * Why the full check may not work on this server (the scenarios proved MESSAGE_RECEIVED
   * missing somewhere): it runs once before any case, and if it fails the cases are not sent.
   */
  checkInDoubt?: string | undefined;
}

export interface WireResult {
  wireCase: WireCase;
  status: "pass" | "fail" | "skipped";
  /**
   * How the server took the frames: closed the raw connection, went on answering on it,
   * or neither; "unopened" when the raw connection itself could not be opened.
   */
  reaction?: "closed" | "answered" | "silent" | "unopened";
  failures: Failure[];
  note?: string;
}

/** Cases covered by one full survival check at most. */
export const WIRE_BATCH = 10;

const RATE_LIMIT_RETRIES = 8;

export class WirePhase {
  readonly results: WireResult[] = [];
  private observer: FuzzClient | undefined;
  private checks = 0;
  private opened = 0;
  /** What the phase learned about the liveness probe (wire-case-send.ts). */
  private readonly probe: ProbeState;

  constructor(
    private readonly cases: WireCase[],
    private readonly options: WirePhaseOptions,
  ) {
    this.probe = { unanswered: options.probeUnanswered ?? false, answered: 0 };
  }

  /** "@B" on a cluster, as the engine's own clients are labelled; "" on one server. */
  private get at(): string {
    return this.options.node === undefined ? "" : `@${this.options.node}`;
  }

  private get onNode(): string {
    return this.options.node === undefined ? "" : ` on node ${this.options.node}`;
  }

  async run(): Promise<void> {
    this.observer = await this.connect("wire-observer");
    const doubt = this.options.checkInDoubt;
    if (doubt !== undefined && this.observer !== undefined) {
      // The full check is a message round trip: proven once before any case, or every case
      // would be blamed for a missing forward the scenarios already reported.
      const problem = await this.survivalProblem("before any case");
      if (problem !== undefined)
        return this.skipRest(
          0,
          `not sent: the full check fails with no case sent (${problem}); ${doubt}`,
        );
    }
    const size = Math.max(1, this.options.batchSize ?? WIRE_BATCH);
    let next = 0;
    while (next < this.cases.length) {
      if (this.observer === undefined)
        return this.skipRest(next, "the server could not be reached before this case");
      const stop = this.stopNote();
      if (stop !== undefined) return this.skipRest(next, stop);
      const { sent, disturbed } = await this.sendBatch(this.cases.slice(next, next + size));
      next += sent.length;
      const gone = await this.judge(sent, disturbed);
      if (gone !== undefined) return this.skipRest(next, gone);
    }
  }

  close(): void {
    this.observer?.close();
  }

  /**
   * Opens the batch's raw connections side by side, then sends case after case while each
   * shows the server alive after its frames. Resolves with the cases sent, and whether the
   * server closed (or would not open) a later case's connection before its turn: damage
   * done by a case already sent, which the full check must then cover.
   */
  private async sendBatch(batch: WireCase[]): Promise<{ sent: Sent[]; disturbed: boolean }> {
    const opening = batch.map((wireCase) => this.open(wireCase));
    const sent: Sent[] = [];
    let disturbed = false;
    try {
      for (const pending of opening) {
        const opened = await pending;
        if (sent.length > 0 && (opened.raw === undefined || opened.raw.ended)) {
          disturbed = true;
          break;
        }
        const one = await this.send(opened);
        sent.push(one);
        if (!one.aliveAfter) break;
      }
    } finally {
      // Connections opened for cases that did not get their turn: closed, opened again later.
      for (const pending of opening.slice(sent.length))
        void pending.then((o) => o.raw?.terminate());
    }
    return { sent, disturbed };
  }

  /**
   * The full check after `sent`; records every case of it. Says why the phase must end
   * (the server is gone, or stays damaged), or undefined to go on.
   */
  private async judge(sent: Sent[], disturbed = false): Promise<string | undefined> {
    const problem =
      (await this.survivalProblem()) ??
      (disturbed
        ? "the server closed the raw connection waiting for the next case, before that case sent anything"
        : undefined);
    if (problem === undefined) {
      for (const { result } of sent) this.finish(result);
      // A probe left unanswered for a whole wait by a server that passes the full check
      // right after, and has answered none in this phase: it does not answer probes, and
      // later cases need not wait for one. (A server that answered one may just have been
      // left speechless by that case's frames.)
      const last = sent.at(-1);
      if (last?.probed === true && last.result.reaction === "silent" && this.probe.answered === 0)
        this.probe.unanswered = true;
      return undefined;
    }
    if (sent.length === 1) return this.judgeAlone(sent[0] as Sent, problem);
    // A proof of life on a case's own connection does not clear it: a handler may still
    // crash the process, or drop the other connections, a moment after it answered. So
    // several cases before a failed check are judged again one at a time, each checked.
    if (await this.reachable()) return this.againAlone(sent, problem);
    return this.blame(sent, `${problem}; the server is gone and cannot be asked which`);
  }

  /** One case whose check failed with `problem`: the culprit (a connection it never got is not). */
  private async judgeAlone(only: Sent, problem: string): Promise<string | undefined> {
    const unopened = only.result.reaction === "unopened";
    this.fail(
      only.result,
      unopened ? `the server did not open a raw Engine.IO connection (${problem})` : problem,
      only.frames,
    );
    this.finish(only.result);
    if (await this.reachable()) return undefined;
    return `the server stopped answering after ${only.result.wireCase.id}`;
  }

  /**
   * Cases that together failed the check, the server still up: one at a time, each
   * checked. Before each, the check must pass again: if it fails with no case sent, the
   * damage lasts, and the cases are blamed together instead of each in turn.
   */
  private async againAlone(sent: Sent[], problem: string): Promise<string | undefined> {
    for (const [i, { result }] of sent.entries()) {
      const left = sent.slice(i);
      const stop = this.stopNote();
      if (stop !== undefined) return this.skipCases(left, stop);
      const still = await this.survivalProblem();
      if (still !== undefined && i === 0)
        return this.blame(
          sent,
          `${problem}; it lasts (the check fails again with no case sent: ${still})`,
        );
      if (still !== undefined)
        return this.skipCases(
          left,
          `not judged: the server stays damaged after ${sent[i - 1]?.result.wireCase.id} (${still})`,
        );
      const again = await this.send(await this.open(result.wireCase));
      again.result.note = "run again alone: the cases sent with it failed the survival check";
      const ended = await this.judge([again]);
      if (ended !== undefined) return this.skipCases(sent.slice(i + 1), ended);
    }
    return undefined;
  }

  /** Why no case may start now (the run's bound, --max-failures), or undefined. */
  private stopNote(): string | undefined {
    if (performance.now() >= this.options.deadline)
      return "the fuzz phase reached its bound (scaled from --timeout)";
    if (this.options.shouldStop?.() === true) return "the run stopped first (--max-failures)";
    return undefined;
  }

  /** Records `cases` as not judged; returns `note`, why the phase ends. */
  private skipCases(cases: Sent[], note: string): string {
    for (const { result } of cases) {
      result.status = "skipped";
      result.note = note;
      this.results.push(result);
      this.options.onCaseDone?.(result);
    }
    return note;
  }

  private finish(result: WireResult): void {
    result.status = result.failures.length > 0 ? "fail" : "pass";
    this.results.push(result);
    this.options.onCaseDone?.(result);
  }

  private skipRest(from: number, note: string): void {
    for (const wireCase of this.cases.slice(from)) {
      const result: WireResult = { wireCase, status: "skipped", failures: [], note };
      this.results.push(result);
      this.options.onCaseDone?.(result);
    }
  }

  private open(wireCase: WireCase): Promise<Opened> {
    return openCase(wireCase, {
      ...this.options,
      label: `wire-raw#${++this.opened}${this.at}`,
      auth: JSON.stringify(this.options.auth(`fz-wire-raw-${this.options.tag}`)),
    });
  }

  private send(opened: Opened): Promise<Sent> {
    return sendCase(opened, this.probe, this.options.timeoutMs);
  }

  /**
   * The survival check: the observer is still open, a new connection completes the
   * handshake, and a MESSAGE_SENT from it reaches the observer. What failed, or undefined.
   */
  private async survivalProblem(when = "after these frames"): Promise<string | undefined> {
    const observer = this.observer;
    if (observer === undefined || !observer.open) {
      // The next check needs an observer again (undefined if the server takes none now).
      this.observer = await this.connect("wire-observer");
      return observer === undefined
        ? `${when} no established connection could be opened to observe the server`
        : `the server closed an established connection (${observer.closedReason ?? "closed"}) ${when}`;
    }
    const fresh = await this.connect("wire-check");
    if (fresh === undefined) return `${when} a new connection could not complete the handshake`;
    const text = `${BARRIER_PREFIX}wire ${this.options.tag} ${++this.checks}`;
    const delivered = await this.sendThrough(fresh, observer, text);
    fresh.close();
    if (!delivered)
      return `${when} a MESSAGE_SENT from a new connection did not reach ${observer.label} within ${this.options.timeoutMs} ms`;
    return undefined;
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
      label: `fuzz-${role}#${++this.opened}${this.at}`,
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
      message: `${wireCase.id} (${wireCase.description})${this.onNode}: ${message}`,
      sent: frames.map((f) => describeFrame(f as string | Buffer)),
      reproduce: this.options.reproduce(wireCase),
    });
  }

  /**
   * Several cases together did something the server cannot be asked about (it is gone, or
   * its damage lasts): one failure names them all in the order they went out, on the
   * likeliest (the first without a proof of life, else the last sent); the others are
   * recorded as not judged.
   */
  private blame(sent: Sent[], problem: string): string {
    const culprit = sent.find((s) => !s.aliveAfter) ?? (sent.at(-1) as Sent);
    const ids = sent.map((s) => s.result.wireCase.id);
    const sign = culprit.aliveAfter
      ? "each got an answer or a proper close on its own connection"
      : `${culprit.result.wireCase.id} got neither an answer nor a proper close on its own connection`;
    culprit.result.failures.push({
      check: "fuzz-wire-survives",
      step: `fuzz cases ${ids.join(", ")}`,
      message: `one of ${ids.join(", ")}${this.onNode} (sent in this order; ${sign}): ${problem}; replay each alone against a fresh server to name it: ${sent.map((s) => this.options.reproduce(s.result.wireCase)).join(" ; ")}`,
      sent: sent.flatMap((s) => s.frames.map((f) => describeFrame(f as string | Buffer))),
      reproduce: this.options.reproduce(culprit.result.wireCase),
    });
    const note = `not judged: the server could not be judged after ${ids.join(", ")}`;
    for (const entry of sent) {
      if (entry === culprit) this.finish(entry.result);
      else this.skipCases([entry], note);
    }
    return `the server could not be judged after ${ids.join(", ")}`;
  }
}
