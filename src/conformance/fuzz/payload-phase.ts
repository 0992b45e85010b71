// The payload phase, round after round: the schedule hands each lane a chunk of cases, the
// lanes run side by side (each one step at a time, every step waiting for its own
// observable effect), a barrier closes the round, and the round is judged. A chunk of
// invalid cases that caused anything unexpected is re-run one case per round; cases a
// lane did not get to go back in line.
import type { Failure } from "../results.ts";
import type { FuzzCase } from "./case-model.ts";
import { newCaseRun, type CaseResult, type CaseRun } from "./case-run.ts";
import { raiseBarrier } from "./barrier.ts";
import { RunError, type Connections } from "./connections.ts";
import type { FuzzClient } from "./fuzz-client.ts";
import { judgeRound } from "./judge-round.ts";
import { Lane, type RoundControl } from "./lane.ts";
import { awaitNotificationPairs, type PairWait } from "./notification-pairs.ts";
import { forwardedAs } from "./oracle.ts";
import { awaitDeliveries } from "./round-deliveries.ts";
import { Schedule } from "./schedule.ts";
import { Verdicts } from "./step-verdicts.ts";
import type { FailureContext } from "./verdicts.ts";

export type { CaseResult } from "./case-run.ts";

export interface PayloadPhaseOptions extends FailureContext {
  /** Server-to-client events already proved missing (event -> where): their valid cases are not sent. */
  missingEvents: ReadonlyMap<string, string>;
  /** Whether a notification already waited for its pair in vain (notification-pairs.ts). */
  pairWait: PairWait;
  /** No case starts past this moment (performance.now() ms): the run's bound. */
  deadline: number;
  /** Cases a lane runs one after another before the round's barrier. */
  chunkSize: number;
  /** How often a step dropped by the rate limit is sent again before its case is skipped. */
  maxRetries: number;
  timeoutMs: number;
  onCaseDone?: (result: CaseResult) => void;
  /** Asked between rounds: true ends the phase there (--max-failures); unjudged cases stay skipped. */
  shouldStop?: () => boolean;
}

export class PayloadPhase {
  readonly results: CaseResult[];
  private readonly schedule: Schedule;
  private readonly verdicts: Verdicts;

  constructor(
    private readonly conns: Connections,
    cases: FuzzCase[],
    private readonly options: PayloadPhaseOptions,
  ) {
    const runs = cases.map(newCaseRun);
    this.results = runs.map((run) => run.result);
    const sent = runs.filter((run) => !this.provenMissing(run));
    this.schedule = new Schedule(sent, options.chunkSize);
    this.verdicts = new Verdicts(options, this.results);
  }

  /** Failures no single case explains (a runner step, a late barrier). */
  get runFailures(): Failure[] {
    return this.verdicts.runFailures;
  }

  /** A valid case whose forward the scenarios already proved missing: skipped, with why. */
  private provenMissing({ result }: CaseRun): boolean {
    const { fuzzCase } = result;
    const forward = forwardedAs(fuzzCase.event);
    const where = this.options.missingEvents.get(forward);
    if (fuzzCase.kind !== "valid" || where === undefined) return false;
    result.note = `not sent: the scenarios proved ${forward} missing (${where}); this case would only wait out the timeout`;
    return true;
  }

  async run(): Promise<void> {
    while (!this.schedule.done && this.options.shouldStop?.() !== true) {
      if (performance.now() >= this.options.deadline) throw pastBound(this.results);
      const chunks = this.schedule.nextRound(this.conns.senders.length);
      const control: RoundControl = { stopped: undefined };
      const lanes = chunks.map(
        (chunk, i) =>
          new Lane(
            this.conns,
            this.conns.senders[i] as FuzzClient,
            chunk,
            this.options,
            control,
            () => this.schedule.claimRest(chunk),
          ),
      );
      await Promise.all(lanes.map((lane) => lane.run()));
      if (control.stopped !== undefined) throw control.stopped;
      await this.closeRound(lanes);
    }
  }

  private async closeRound(lanes: Lane[]): Promise<void> {
    this.conns.assertObserversOpen();
    for (const sender of [...this.conns.senders])
      if (sender.ended) await this.conns.replaceSender(sender);
    await awaitDeliveries(
      this.conns,
      lanes.flatMap((lane) => lane.steps),
      this.options.timeoutMs,
    );
    const { windows, late, groupId } = await raiseBarrier(this.conns, this.options);
    for (const client of late) {
      this.verdicts.runFailures.push({
        check: "fuzz-run",
        client: client.label,
        message: `${client.label} never received the ordering barrier (group ${groupId}) within ${this.options.timeoutMs} ms`,
      });
    }
    const steps = lanes.flatMap((lane) => lane.steps);
    await awaitNotificationPairs(this.conns, steps, windows, this.options);
    const rerun = judgeRound(this.conns, this.verdicts, lanes, windows);
    for (const lane of lanes) this.settle(lane, rerun.has(lane));
  }

  /** Final verdicts for the cases the lane ran; the rest back in line, or all of them alone. */
  private settle(lane: Lane, rerun: boolean): void {
    if (rerun) {
      for (const run of lane.started) run.result.failures.length = 0;
      this.schedule.rerunAlone(lane.chunk.runs);
      return;
    }
    const abandoned = lane.abandoned?.runs ?? [];
    this.schedule.putBack(
      lane.chunk.runs.filter((run) => !lane.started.includes(run) && !abandoned.includes(run)),
    );
    for (const run of lane.started) this.finish(run, lane);
    for (const run of abandoned) {
      run.result.status = "skipped";
      run.result.note = `not sent: valid case ${lane.abandoned?.because} of the same event got neither its forward nor an error within ${this.options.timeoutMs} ms, so this one would only wait out the timeout too`;
      this.options.onCaseDone?.(run.result);
    }
  }

  private finish(run: CaseRun, lane: Lane): void {
    const { result } = run;
    const limited = lane.steps.some(
      (s) => s.fuzzCase === result.fuzzCase && s.outcome?.kind === "rate-limited",
    );
    delete result.note;
    if (result.failures.length > 0) result.status = "fail";
    else if (limited) {
      result.status = "skipped";
      result.note = "still rate-limited after every retry";
    } else result.status = "pass";
    this.options.onCaseDone?.(result);
  }
}

/** The phase reached its bound: how many cases it leaves unjudged. */
export function pastBound(results: CaseResult[]): RunError {
  const left = results.filter((r) => r.status === "skipped" && r.attempts === 0).length;
  return new RunError(
    `the fuzz phase reached its bound (scaled from --timeout) with ${left} case(s) not sent; a conformant server needs a small fraction of it`,
  );
}
