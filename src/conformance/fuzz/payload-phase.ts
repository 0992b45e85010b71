// The payload phase: cases go out in pipelined batches from one sender at a time; each
// step's outcome is read between ordering probes, the model replays what was accepted,
// and a barrier message proves that every other connection has received everything the
// batch caused. Then each case gets its verdict, or goes back in the queue when the
// server's rate limit dropped it.
import { isDeepStrictEqual } from "node:util";
import { formatViolation, isContractEvent, validateEvent } from "../../contract/index.ts";
import type { Failure } from "../results.ts";
import type { FuzzCase } from "./case-model.ts";
import type { FuzzClient, Received } from "./fuzz-client.ts";
import { LaneError, type Lane } from "./lane.ts";
import { effectOf, forwardedAs, knowsEvent, type Delivery } from "./oracle.ts";
import { step, type Step } from "./steps.ts";
import { brief, caseFailure, type FailureContext, type FuzzCheckName } from "./verdicts.ts";

export interface CaseResult {
  fuzzCase: FuzzCase;
  status: "pass" | "fail" | "skipped";
  attempts: number;
  failures: Failure[];
  note?: string;
}

export interface PayloadPhaseOptions extends FailureContext {
  batchSize: number;
  /** How often a case dropped by the rate limit is tried again before it is skipped. */
  maxRetries: number;
  timeoutMs: number;
  onCaseDone?: (result: CaseResult) => void;
}

interface CaseRun {
  result: CaseResult;
  /** Goes out in a batch of its own: it was unanswered when a connection closed or stalled. */
  alone: boolean;
  /** Steps still to be accepted: setup first, the case itself last. */
  pending: Array<{ role: "setup" | "case"; step: { event: string; args: unknown[] } }>;
}

interface Expected extends Delivery {
  source: Step;
  matched: boolean;
}

const MAX_SILENT_BATCHES = 3;
const BACKOFF_MS = [25, 50, 100, 200, 400, 800, 1000];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class PayloadPhase {
  private readonly queue: CaseRun[];
  readonly results: CaseResult[];
  /** Failures no single case explains (a teardown step, a late barrier). */
  readonly batchFailures: Failure[] = [];
  private limitedStreak = 0;

  constructor(
    private readonly lane: Lane,
    cases: FuzzCase[],
    private readonly options: PayloadPhaseOptions,
  ) {
    this.queue = cases.map((fuzzCase) => ({
      // Until settled: a run that stops early leaves it so.
      result: {
        fuzzCase,
        status: "skipped",
        attempts: 0,
        failures: [],
        note: "not run: the fuzz run stopped first",
      },
      alone: false,
      pending: [
        ...fuzzCase.setup.map((s) => ({ role: "setup" as const, step: s })),
        { role: "case" as const, step: { event: fuzzCase.event, args: fuzzCase.args } },
      ],
    }));
    this.results = this.queue.map((run) => run.result);
    for (const result of this.results) this.byCase.set(result.fuzzCase, result);
  }

  private readonly byCase = new Map<FuzzCase, CaseResult>();

  private fail(
    c: FuzzCase,
    check: FuzzCheckName,
    message: string,
    extra: Partial<Failure> = {},
  ): void {
    this.byCase.get(c)?.failures.push(caseFailure(this.options, c, check, message, extra));
  }

  async run(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.takeBatch();
      const limited = await this.runBatch(batch);
      this.limitedStreak = limited ? this.limitedStreak + 1 : 0;
      if (limited)
        await sleep(BACKOFF_MS[Math.min(this.limitedStreak, BACKOFF_MS.length) - 1] as number);
    }
  }

  /**
   * A server that stops answering (no probe answer, connection still open) would cost a
   * full timeout per case from then on: after a few such batches in a row, stop.
   */
  private silentStreak = 0;
  private watchSilence(steps: Step[]): void {
    const first = steps[0]?.outcome;
    const silent = first?.kind === "unanswered" && first.closed === undefined;
    this.silentStreak = silent ? this.silentStreak + 1 : 0;
    if (this.silentStreak >= MAX_SILENT_BATCHES) {
      throw new LaneError(
        `the server stopped answering: ${MAX_SILENT_BATCHES} batches in a row got no answer within ${this.options.timeoutMs} ms, not even ERROR_OCCURED UNKNOWN_EVENT to the ordering probe`,
      );
    }
  }

  /** Consecutive cases of one event: a batch's unexpected deliveries can only come from that event. */
  private takeBatch(): CaseRun[] {
    const first = this.queue[0] as CaseRun;
    if (first.alone) return this.queue.splice(0, 1);
    let n = 0;
    while (
      n < this.options.batchSize &&
      this.queue[n]?.result.fuzzCase.event === first.result.fuzzCase.event &&
      !this.queue[n]?.alone
    )
      n++;
    return this.queue.splice(0, n);
  }

  /** Runs one batch; true when the rate limit dropped some of it. */
  private async runBatch(batch: CaseRun[]): Promise<boolean> {
    let sender = this.lane.nextSender();
    const steps = batch.flatMap((run) =>
      run.pending.map((p) => step(p.role, p.step, run.result.fuzzCase)),
    );
    await this.lane.run(sender, steps);
    this.watchSilence(steps);
    const expected: Expected[] = [];
    this.replay(sender, steps, expected);
    if (steps.some((s) => s.outcome?.kind === "unanswered"))
      sender = await this.lane.replaceSender(sender);
    this.lane.assertObserversOpen();
    const closing = await this.closeWindows(sender, expected);
    this.judgeSteps(steps, closing, batch.length === 1);
    if (closing.windows !== undefined) this.judgeDeliveries(closing.windows, expected, steps);
    const requeued = this.settle(batch, steps);
    return requeued.some((run) => run.limited);
  }

  /** Moves the model along the accepted steps, collecting what they must deliver. */
  private replay(sender: FuzzClient, steps: Step[], expected: Expected[]): void {
    for (const s of steps) {
      if (s.outcome?.kind !== "accepted") continue;
      // An invalid payload the server accepted has no protocol effect to predict.
      if (s.role === "case" && s.fuzzCase?.kind === "invalid") continue;
      if (s.role === "barrier") continue;
      const effect = effectOf(this.lane.world, sender.label, s.event, s.args[0]);
      for (const d of effect.deliveries) expected.push({ ...d, source: s, matched: false });
      effect.apply();
    }
  }

  /** Teardown (if needed) and a barrier, retried while rate-limited; then every observer's window. */
  private async closeWindows(
    sender: FuzzClient,
    expected: Expected[],
  ): Promise<{ steps: Step[]; windows: Map<FuzzClient, Received[]> | undefined }> {
    const all: Step[] = [];
    for (let attempt = 0; attempt <= this.options.maxRetries; attempt++) {
      const steps = this.lane.closingSteps(sender);
      await this.lane.run(sender, steps);
      this.replay(sender, steps, expected);
      all.push(...steps);
      const barrier = steps.at(-1) as Step;
      if (barrier.outcome?.kind === "accepted") {
        const { windows, late } = await this.lane.collectWindows(sender, barrier);
        for (const client of late) {
          this.batchFailures.push({
            check: "fuzz-run",
            client: client.label,
            message: `${client.label} never received the ordering barrier ${brief(barrier.args[0])} within ${this.options.timeoutMs} ms`,
            sent: barrier.args,
          });
        }
        return { steps: all, windows };
      }
      if (barrier.outcome?.kind === "rate-limited") {
        await sleep(BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] as number);
        continue;
      }
      if (barrier.outcome?.kind === "unanswered") {
        if (barrier.outcome.closed === undefined) {
          throw new LaneError(
            `the server stopped answering: the ordering barrier (a valid MESSAGE_SENT) and its probe got no answer within ${this.options.timeoutMs} ms`,
          );
        }
        sender = await this.lane.replaceSender(sender);
      } else {
        this.batchFailures.push({
          check: "fuzz-run",
          event: "MESSAGE_SENT",
          message: `the ordering barrier (a valid MESSAGE_SENT) was rejected: ${brief(barrier.errors[0])}`,
          sent: barrier.args,
        });
        return { steps: all, windows: undefined };
      }
    }
    this.batchFailures.push({
      check: "fuzz-run",
      message: "the ordering barrier stayed rate-limited; deliveries of one batch were not checked",
    });
    return { steps: all, windows: undefined };
  }

  /** Verdicts from what the sender itself got back for each step. */
  /**
   * `alone`: the batch held one case, so a connection that closed or fell silent is that
   * case's doing. In a bigger batch the replies the server had queued may be lost with
   * the connection, so the unanswered cases are re-run one by one (see settle) instead.
   */
  private judgeSteps(steps: Step[], closing: { steps: Step[] }, alone: boolean): void {
    const failed = this.fail.bind(this);
    // A case whose step the rate limit dropped goes again from that step; what its later
    // steps got (NOT_FOUND for a removal whose member was never added) says nothing.
    const dropped = new Set<FuzzCase>();
    for (const s of steps) {
      const c = s.fuzzCase as FuzzCase;
      const o = s.outcome;
      if (o?.kind === "rate-limited") dropped.add(c);
      if (o === undefined || dropped.has(c)) continue;
      const what = s.role === "setup" ? `its setup step ${s.event} ${brief(s.args)}` : "it";
      if (o.kind === "unanswered") {
        if (!alone) break;
        if (o.closed !== undefined) {
          failed(
            c,
            "fuzz-connection-stays-open",
            `the server closed the sender's connection (${o.closed}) after ${what}`,
          );
        } else {
          failed(
            c,
            c.kind === "invalid" ? "fuzz-invalid-rejected" : "fuzz-valid-accepted",
            `no answer within ${this.options.timeoutMs} ms after ${what} (the ordering probe was never answered)`,
          );
        }
        break; // later steps were not processed: they go back in the queue
      }
      if (c.kind === "invalid" && s.role === "case") this.judgeInvalidOutcome(c, s);
      else if (o.kind === "rejected") {
        failed(
          c,
          "fuzz-valid-accepted",
          `${what} was rejected with ERROR_OCCURED ${o.errorCode}: ${o.errorMessage}`,
          { received: s.errors[0] },
        );
      }
      for (const error of s.errors)
        this.checkSchema("the sender", { event: "ERROR_OCCURED", args: [error] }, c);
      for (const extra of s.extras) {
        failed(
          c,
          c.kind === "invalid" ? "fuzz-invalid-not-forwarded" : "fuzz-valid-forwarded",
          `the sender itself received ${extra.event} ${brief(extra.args)}`,
          { received: extra.args },
        );
      }
    }
    for (const s of closing.steps) {
      if (s.outcome?.kind === "rejected") {
        this.batchFailures.push({
          check: "fuzz-valid-accepted",
          event: s.event,
          direction: "client-to-server",
          message: `the runner's ${s.role} step ${s.event} was rejected: ${s.outcome.errorCode}: ${s.outcome.errorMessage}`,
          sent: s.args,
        });
      }
    }
  }

  private judgeInvalidOutcome(c: FuzzCase, s: Step): void {
    const failed = this.fail.bind(this);
    const o = s.outcome;
    if (o?.kind === "accepted") {
      failed(c, "fuzz-invalid-rejected", "was accepted: no ERROR_OCCURED came back", {
        expected: "ERROR_OCCURED INVALID_PAYLOAD",
      });
    } else if (o?.kind === "rejected" && o.errorCode !== "INVALID_PAYLOAD") {
      failed(
        c,
        "fuzz-invalid-rejected",
        `was answered ERROR_OCCURED ${o.errorCode} (${o.errorMessage}) instead of INVALID_PAYLOAD`,
        { expected: "INVALID_PAYLOAD", received: s.errors[0] },
      );
    } else if (s.errors.length > 1) {
      failed(
        c,
        "fuzz-invalid-rejected",
        `was answered ${s.errors.length} times: ${brief(s.errors)}`,
        { received: s.errors },
      );
    }
  }

  /** Compares each observer's window with what the accepted steps must have delivered. */
  private judgeDeliveries(
    windows: Map<FuzzClient, Received[]>,
    expected: Expected[],
    steps: Step[],
  ): void {
    for (const [client, received] of windows) {
      for (const r of received) {
        const match = expected.find(
          (e) => !e.matched && e.to === client.label && deliveryMatches(e, r),
        );
        if (match !== undefined) {
          match.matched = true;
          this.checkSchema(client.label, r, match.source.fuzzCase);
        } else if (!unpredictable(r, steps)) this.unexpected(client, r, steps);
      }
    }
    for (const e of expected.filter((e) => !e.matched)) {
      const c = e.source.fuzzCase;
      const message = `${e.to} did not receive ${e.event} ${brief(e.payload)}`;
      if (c !== undefined)
        this.fail(c, "fuzz-valid-forwarded", message, { client: e.to, expected: e.payload });
      else
        this.batchFailures.push({
          check: "fuzz-valid-forwarded",
          event: e.source.event,
          client: e.to,
          message: `after the runner's ${e.source.role} step: ${message}`,
          sent: e.source.args,
        });
    }
  }

  /** What a fuzz client received must match its schema too (the server's timestamp, its error codes). */
  private checkSchema(client: string, r: Received, c: FuzzCase | undefined): void {
    if (!isContractEvent(r.event)) return; // an event outside the contract is already an unexpected delivery
    const problems = r.args.length === 1 ? validateEvent(r.event, r.args[0]) : undefined;
    if (problems !== undefined && problems.length === 0) return;
    const what =
      problems === undefined
        ? `${r.args.length} arguments instead of 1`
        : problems.map(formatViolation).join("; ");
    const message = `${client} received ${r.event} that breaks the contract: ${what}`;
    const first = problems?.[0];
    const extra: Partial<Failure> = {
      client,
      received: r.args,
      direction: "server-to-client",
      ...(first
        ? { instancePath: first.instancePath, keyword: first.keyword, expected: first.expected }
        : {}),
    };
    if (c === undefined)
      this.batchFailures.push({
        check: "fuzz-received-matches-schema",
        event: r.event,
        message,
        ...extra,
      });
    else this.fail(c, "fuzz-received-matches-schema", message, { ...extra, event: c.event });
  }

  /** Blames a delivery no accepted step explains on the case it most resembles. */
  private unexpected(client: FuzzClient, r: Received, steps: Step[]): void {
    const candidates = steps.filter((s) => s.role === "case" && s.fuzzCase !== undefined);
    let best: Step | undefined;
    let bestScore = -1;
    for (const s of candidates) {
      const score = resemblance(r, s);
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    const c = best?.fuzzCase;
    const message = `${client.label} received ${r.event} ${brief(r.args)}, which no accepted step explains`;
    if (c === undefined) {
      this.batchFailures.push({
        check: "fuzz-invalid-not-forwarded",
        client: client.label,
        event: r.event,
        message,
        received: r.args,
      });
      return;
    }
    const check = c.kind === "invalid" ? "fuzz-invalid-not-forwarded" : "fuzz-valid-forwarded";
    this.fail(c, check, message, { client: client.label, received: r.args });
  }

  /** Final verdicts, or back in the queue (front) for cases the rate limit dropped or that never ran. */
  private settle(batch: CaseRun[], steps: Step[]): Array<{ run: CaseRun; limited: boolean }> {
    const requeued: Array<{ run: CaseRun; limited: boolean }> = [];
    for (const run of batch) {
      const c = run.result.fuzzCase;
      const own = steps.filter((s) => s.fuzzCase === c);
      run.result.attempts++;
      const firstUndone = own.findIndex(
        (s) => s.outcome?.kind === "rate-limited" || s.outcome?.kind === "unanswered",
      );
      const failures = run.result.failures;
      if (firstUndone >= 0 && failures.length === 0) {
        const limited = own[firstUndone]?.outcome?.kind === "rate-limited";
        run.pending = run.pending.slice(firstUndone);
        run.alone ||= !limited;
        if (run.result.attempts > this.options.maxRetries) {
          run.result.status = "skipped";
          run.result.note = limited ? "still rate-limited after every retry" : "never answered";
          this.options.onCaseDone?.(run.result);
        } else requeued.push({ run, limited });
        continue;
      }
      run.result.status = failures.length > 0 ? "fail" : "pass";
      delete run.result.note;
      this.options.onCaseDone?.(run.result);
    }
    this.queue.unshift(...requeued.map((r) => r.run));
    return requeued;
  }
}

/** A forward of an event the model does not know (new in the contract): judged on acceptance only. */
function unpredictable(r: Received, steps: Step[]): boolean {
  return steps.some(
    (s) =>
      !knowsEvent(s.event) && s.outcome?.kind === "accepted" && forwardedAs(s.event) === r.event,
  );
}

function deliveryMatches(e: Delivery, r: Received): boolean {
  if (r.event !== e.event || r.args.length !== 1) return false;
  const payload = r.args[0];
  if (typeof payload !== "object" || payload === null) return false;
  const { timestamp: _timestamp, ...rest } = payload as Record<string, unknown>;
  return isDeepStrictEqual(rest, e.payload);
}

/** How much a received event looks like the forward of a step: same event, same field values. */
function resemblance(r: Received, s: Step): number {
  let score = r.event === forwardedAs(s.event) ? 10 : 0;
  if (s.outcome?.kind === "accepted" && s.fuzzCase?.kind === "invalid") score += 5;
  const got = r.args[0];
  const sent = s.args[0];
  if (typeof got === "object" && got !== null && typeof sent === "object" && sent !== null) {
    for (const [key, value] of Object.entries(got)) {
      if (key !== "timestamp" && isDeepStrictEqual((sent as Record<string, unknown>)[key], value))
        score += 1;
    }
  } else if (isDeepStrictEqual(got, sent)) score += 3;
  return score;
}
