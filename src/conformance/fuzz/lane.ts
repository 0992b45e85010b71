// One lane of a round: a sender connection that runs its chunk one step at a time, each
// step sent only once the previous one had its observable effect (observe-step.ts), so no
// two steps of a lane are ever out together. The model moves on with each accepted step;
// a step the rate limit dropped is sent again after a backoff.
import type { CaseRun } from "./case-run.ts";
import { RunError, type Connections } from "./connections.ts";
import type { FuzzClient } from "./fuzz-client.ts";
import { observeStep, type Watch } from "./observe-step.ts";
import { effectOf } from "./oracle.ts";
import type { Chunk } from "./schedule.ts";
import { GENERAL } from "./scenario-fixup.ts";
import { RUNNER_TIMESTAMP, step, type Outcome, type Step } from "./steps.ts";
import { sleep } from "./wait.ts";

export interface LaneOptions {
  timeoutMs: number;
  /** How often a step the rate limit dropped is sent again before its case is skipped. */
  maxRetries: number;
}

/** Shared by the lanes of a round: the first lane to hit a RunError stops the others. */
export interface RoundControl {
  stopped: RunError | undefined;
}

const BACKOFF_MS = [25, 50, 100, 200, 400, 800, 1000];

export class Lane {
  /** Every step sent, in order (setup, case, teardown). */
  readonly steps: Step[] = [];
  /** The cases it started; the rest of the chunk is put back. */
  readonly started: CaseRun[] = [];
  /** Why it stopped before the end of its chunk: its connection closed, or an invalid case was forwarded (the chunk is re-run alone). */
  stopped: "closed" | "forwarded" | undefined;
  private readonly watch: Watch;
  private limitedStreak = 0;

  constructor(
    private readonly conns: Connections,
    readonly sender: FuzzClient,
    readonly chunk: Chunk,
    private readonly options: LaneOptions,
    private readonly control: RoundControl,
  ) {
    this.watch = {
      conns,
      sender,
      cursors: new Map(),
      owned: chunk.alone ? undefined : chunk.types,
      timeoutMs: options.timeoutMs,
    };
  }

  async run(): Promise<void> {
    try {
      for (const run of this.chunk.runs) {
        if (this.control.stopped !== undefined || this.stopped !== undefined) break;
        this.started.push(run);
        await this.runCase(run);
      }
      if (this.control.stopped === undefined && this.stopped !== "closed") await this.tearDown();
    } catch (error) {
      if (!(error instanceof RunError)) throw error;
      this.control.stopped ??= error;
    }
  }

  private async runCase(run: CaseRun): Promise<void> {
    const c = run.result.fuzzCase;
    run.result.attempts++;
    const specs = [
      ...c.setup.map((s) => step("setup", s, c)),
      step("case", { event: c.event, args: c.args }, c),
    ];
    for (const s of specs) {
      const outcome = await this.send(s);
      run.result.attempts += s.tries - 1;
      if (outcome.kind === "accepted") continue;
      if (outcome.kind === "closed") this.stopped = "closed";
      if (outcome.kind === "forwarded" && !this.chunk.alone) this.stopped = "forwarded";
      return; // a setup step that failed leaves nothing for the case step to do
    }
  }

  /** Back to general, if the model says the sender left it: every round starts there. */
  private async tearDown(): Promise<void> {
    if (this.sender.ended) return;
    if (this.conns.world.connection(this.sender.label).channel === GENERAL) return;
    const userId = this.sender.userId;
    const args = [{ userId, newChannelId: GENERAL, timestamp: RUNNER_TIMESTAMP }];
    await this.send(step("teardown", { event: "USER_CHANGED_GROUP", args }));
  }

  /** Sends one step until the rate limit lets it through (or the retries run out). */
  private async send(s: Step): Promise<Outcome> {
    this.steps.push(s);
    const knows = s.role !== "case" || s.fuzzCase?.kind === "valid";
    const effect = knows
      ? effectOf(this.conns.world, this.sender.label, s.event, s.args[0])
      : undefined;
    s.deliveries = effect?.deliveries ?? [];
    for (;;) {
      const outcome = await observeStep(this.watch, s);
      s.outcome = outcome;
      if (outcome.kind === "accepted") effect?.apply();
      if (outcome.kind !== "rate-limited") {
        this.limitedStreak = 0;
        return outcome;
      }
      if (s.tries > this.options.maxRetries || this.control.stopped !== undefined) return outcome;
      const wait = BACKOFF_MS[Math.min(this.limitedStreak++, BACKOFF_MS.length - 1)] as number;
      await sleep(wait);
    }
  }
}
