// One lane of a round: a sender connection that runs its chunk one step at a time, each
// step sent only once the previous one had its observable effect (observe-step.ts), so no
// two steps of a connection are ever out together. The model moves on with each accepted
// step; a step the rate limit dropped is sent again after a backoff. An invalid case that
// got no answer at all costs a timeout: the event's other invalid cases then go out at
// once, each on a connection of its own, so a server that drops invalid payloads silently
// costs a few timeouts, not one per case. A valid case whose forward never came (nor an
// error) proves its event broken: the event's other valid cases are not sent, and show as
// skipped, so a server that loses one event's forwards costs one timeout, not one per case.
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
  /** No case starts past this moment (performance.now() ms). */
  deadline: number;
  /** How often a step the rate limit dropped is sent again before its case is skipped. */
  maxRetries: number;
}

/** Shared by the lanes of a round: the first lane to hit a RunError stops the others. */
export interface RoundControl {
  stopped: RunError | undefined;
}

const BACKOFF_MS = [25, 50, 100, 200, 400, 800, 1000];
/** Connections a burst opens at once, at most. */
const BURST_DEVICES = 64;

export class Lane {
  /** Every step sent, in order (setup, case, teardown). */
  readonly steps: Step[] = [];
  /** The cases it started; the rest of the chunk is put back. */
  readonly started: CaseRun[] = [];
  /** Why it stopped before the end of its chunk: its connection closed, or an invalid case was forwarded (the chunk is re-run alone). */
  stopped: "closed" | "forwarded" | undefined;
  /** Valid cases not sent after one of their event got no forward at all (`because`). */
  abandoned: { because: string; runs: CaseRun[] } | undefined;
  private readonly watch: Watch;
  private limitedStreak = 0;

  constructor(
    private readonly conns: Connections,
    readonly sender: FuzzClient,
    readonly chunk: Chunk,
    private readonly options: LaneOptions,
    private readonly control: RoundControl,
    /** The cases of the chunk's event and kind not yet scheduled, taken out of the schedule. */
    private readonly claimRest: () => CaseRun[] = () => [],
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
      for (const [i, run] of this.chunk.runs.entries()) {
        if (this.control.stopped !== undefined || this.stopped !== undefined) break;
        if (performance.now() >= this.options.deadline) break; // put back: the round closes, the phase stops
        this.started.push(run);
        const outcome = await this.runCase(run, this.watch);
        if (outcome.kind === "closed") this.stopped = "closed";
        if (outcome.kind === "forwarded" && !this.chunk.alone) this.stopped = "forwarded";
        const caseStepSilent = outcome.kind === "silent" && this.steps.at(-1)?.role === "case";
        if (this.chunk.kind === "valid" && caseStepSilent && !this.chunk.alone) {
          // The event's forward is proven missing: every other valid case of it would wait
          // out the timeout the same way. They are reported skipped, naming this case.
          this.abandoned = {
            because: run.result.fuzzCase.id,
            runs: [...this.chunk.runs.slice(i + 1), ...this.claimRest()],
          };
          break;
        }
        const invalid = this.chunk.kind === "invalid" && !this.chunk.alone;
        if (invalid && outcome.kind === "silent" && this.stopped === undefined) {
          // The rest of the event's invalid cases likely go unanswered too: claim them all.
          this.chunk.runs.push(...this.claimRest());
          await this.burst(this.chunk.runs.slice(i + 1));
          break;
        }
      }
      if (this.control.stopped === undefined && this.stopped !== "closed") await this.tearDown();
    } catch (error) {
      if (!(error instanceof RunError)) throw error;
      this.control.stopped ??= error;
    }
  }

  /** Runs a case's steps on `watch.sender`; the outcome of the last step sent. */
  private async runCase(run: CaseRun, watch: Watch): Promise<Outcome> {
    const c = run.result.fuzzCase;
    run.result.attempts++;
    const specs = [
      ...c.setup.map((s) => step("setup", s, c)),
      step("case", { event: c.event, args: c.args }, c),
    ];
    let outcome: Outcome = { kind: "silent" };
    for (const s of specs) {
      outcome = await this.send(s, watch);
      run.result.attempts += s.tries - 1;
      // A setup step that failed leaves nothing for the case step to do.
      if (outcome.kind !== "accepted") break;
    }
    return outcome;
  }

  /**
   * The rest of an invalid chunk at once, each case on a new device of the sender's user
   * (not judged, not in the model: invalid cases change nothing), so their timeouts run
   * side by side. Still one step per connection: each reply is its case's.
   */
  private async burst(runs: CaseRun[]): Promise<void> {
    for (let from = 0; from < runs.length; from += BURST_DEVICES) {
      if (this.control.stopped !== undefined || this.stopped !== undefined) return;
      const wave = runs.slice(from, from + BURST_DEVICES);
      const devices = await this.conns.openDevices(wave.length);
      try {
        this.started.push(...wave);
        const outcomes = await Promise.all(
          wave.map((run, i) =>
            this.runCase(run, {
              ...this.watch,
              sender: devices[i] as FuzzClient,
              cursors: new Map(),
            }),
          ),
        );
        // Several cases of one event were out: a forward is no one's in particular.
        if (outcomes.some((o) => o.kind === "forwarded")) this.stopped = "forwarded";
      } finally {
        for (const device of devices) device.close();
      }
    }
  }

  /** Back to general, if the model says the sender left it: every round starts there. */
  private async tearDown(): Promise<void> {
    if (this.sender.ended) return;
    if (this.conns.world.connection(this.sender.label).channel === GENERAL) return;
    const userId = this.sender.userId;
    const args = [{ userId, newChannelId: GENERAL, timestamp: RUNNER_TIMESTAMP }];
    await this.send(step("teardown", { event: "USER_CHANGED_GROUP", args }), this.watch);
  }

  /** Sends one step until the rate limit lets it through (or the retries run out). */
  private async send(s: Step, watch: Watch): Promise<Outcome> {
    this.steps.push(s);
    const knows = s.role !== "case" || s.fuzzCase?.kind === "valid";
    const effect = knows
      ? effectOf(this.conns.world, this.sender.label, s.event, s.args[0])
      : undefined;
    s.deliveries = effect?.deliveries ?? [];
    for (;;) {
      const outcome = await observeStep(watch, s);
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
