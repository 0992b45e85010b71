// Which cases go out together. A round gives each lane (sender connection) a chunk of
// consecutive cases of one event and kind; the lanes run at the same time, each one case
// after another, and the round ends with one barrier. Chunks of a round are chosen so
// that what they cause cannot be confused or interfere:
// - an invalid chunk's event is forwarded by no other chunk of its round, so anything of
//   that kind reaching anyone is its doing (valid chunks may share events, even come from
//   one queue: their deliveries are predicted exactly, unless two of them could send the same
//   forward, which a witness could not tell apart);
// - a valid chunk that moves connections between channels (USER_CHANGED_GROUP) shares
//   its round with no other valid chunk, whose recipients could depend on those channels;
// - a case re-run alone (to attribute a delivery) has a round of its own.
// Given the same queue, the same rounds: a seed's traffic does not depend on timing.
import type { FuzzKind } from "./case-model.ts";
import type { CaseRun } from "./case-run.ts";
import { forwardedAs, movesConnections } from "./oracle.ts";

export interface Chunk {
  event: string;
  kind: FuzzKind;
  runs: CaseRun[];
  /** A single case with the round to itself: every delivery of the round is its doing. */
  alone: boolean;
  /** The events its steps are forwarded as. */
  types: ReadonlySet<string>;
  moves: boolean;
  /**
   * What each valid step's forward carries besides the server's timestamp. Two lanes that
   * may send the same one must not share a round: a witness could not tell whose forward
   * it got (USER_STATUS_CHANGED carries only the sender's user, shared by every lane, and
   * one of a few statuses).
   */
  forwards: ReadonlySet<string>;
}

export class Schedule {
  private readonly queues = new Map<string, Record<FuzzKind, CaseRun[]>>();
  private readonly aloneQueue: CaseRun[] = [];

  constructor(
    runs: CaseRun[],
    private readonly chunkSize: number,
  ) {
    for (const run of runs) this.queueOf(run).push(run);
  }

  get done(): boolean {
    return (
      this.aloneQueue.length === 0 &&
      [...this.queues.values()].every((q) => q.invalid.length === 0 && q.valid.length === 0)
    );
  }

  /** The chunks of the next round, at most `lanes` of them (at least one while not done). */
  nextRound(lanes: number): Chunk[] {
    const alone = this.aloneQueue.shift();
    if (alone !== undefined) return [chunkOf([alone], true)];
    const round: Chunk[] = [];
    // Pass after pass while lanes are left: a valid queue may give several chunks.
    for (let added = true; added && round.length < lanes; ) {
      added = false;
      for (const queue of this.candidates()) {
        if (round.length >= lanes) break;
        const chunk = chunkOf(queue.slice(0, this.takeFrom(queue)), false);
        if (!fits(round, chunk)) continue;
        queue.splice(0, chunk.runs.length);
        round.push(chunk);
        added = true;
      }
    }
    return round;
  }

  /** Takes every case still queued for `chunk`'s event and kind (for a lane that will send them at once). */
  claimRest(chunk: Chunk): CaseRun[] {
    if (chunk.alone) return [];
    const queue = this.queues.get(chunk.event)?.[chunk.kind] ?? [];
    return queue.splice(0, queue.length);
  }

  /** Cases a lane did not get to: first in line for their event again. */
  putBack(runs: CaseRun[]): void {
    for (const run of [...runs].reverse()) this.queueOf(run).unshift(run);
  }

  /** Cases to run again, each alone in its round, so that what they cause is theirs. */
  rerunAlone(runs: CaseRun[]): void {
    this.aloneQueue.push(...runs);
  }

  private queueOf(run: CaseRun): CaseRun[] {
    const { event, kind } = run.result.fuzzCase;
    let queues = this.queues.get(event);
    if (queues === undefined) this.queues.set(event, (queues = { invalid: [], valid: [] }));
    return queues[kind];
  }

  /**
   * Valid cases that move connections first (they share a round with invalid chunks only),
   * then the events with the most steps left (longest first keeps the last rounds full),
   * each event's invalid queue before its valid one.
   */
  private candidates(): CaseRun[][] {
    const all = [...this.queues.entries()];
    const movers = all.filter(([event]) => movesConnections(event)).map(([, q]) => q.valid);
    const left = (q: Record<FuzzKind, CaseRun[]>) => stepsOf(q.invalid) + stepsOf(q.valid);
    const rest = all
      .map(([, q], order) => ({ q, order, left: left(q) }))
      .sort((a, b) => b.left - a.left || a.order - b.order)
      .flatMap(({ q }) => [q.invalid, q.valid]);
    return [...movers, ...rest].filter((q, i, list) => q.length > 0 && list.indexOf(q) === i);
  }

  /**
   * How many cases of `queue` make its next chunk: about `chunkSize` steps, the queue
   * split evenly (30 cases in chunks of at most 20 make 15 + 15, not 20 + 10).
   */
  private takeFrom(queue: CaseRun[]): number {
    const total = stepsOf(queue);
    const budget = Math.ceil(total / Math.ceil(total / this.chunkSize));
    let n = 0;
    for (let steps = 0; n < queue.length && steps < budget; n++)
      steps += stepsOf([queue[n] as CaseRun]);
    return n;
  }
}

/** Steps the runs send (a case's setup steps and itself). */
function stepsOf(runs: CaseRun[]): number {
  return runs.reduce((sum, run) => sum + 1 + run.result.fuzzCase.setup.length, 0);
}

function chunkOf(runs: CaseRun[], alone: boolean): Chunk {
  const first = (runs[0] as CaseRun).result.fuzzCase;
  const events = new Set(
    runs.flatMap((r) => [r.result.fuzzCase.event, ...r.result.fuzzCase.setup.map((s) => s.event)]),
  );
  return {
    event: first.event,
    kind: first.kind,
    runs,
    alone,
    types: new Set([...events].map(forwardedAs)),
    moves: first.kind === "valid" && [...events].some(movesConnections),
    forwards: new Set(first.kind === "valid" ? runs.flatMap(forwardKeys) : []),
  };
}

/** Each step's event and payload without its timestamp (which the server replaces). */
function forwardKeys(run: CaseRun): string[] {
  const { event, args, setup } = run.result.fuzzCase;
  return [...setup, { event, args }].map((step) => {
    const { timestamp: _, ...rest } = (step.args[0] ?? {}) as Record<string, unknown>;
    return JSON.stringify([step.event, rest]);
  });
}

function fits(round: Chunk[], chunk: Chunk): boolean {
  for (const other of round) {
    const shared = [...chunk.types].some((t) => other.types.has(t));
    if (shared && (chunk.kind === "invalid" || other.kind === "invalid")) return false;
    if (chunk.kind === "valid" && other.kind === "valid" && (chunk.moves || other.moves))
      return false;
    if ([...chunk.forwards].some((f) => other.forwards.has(f))) return false;
  }
  return true;
}
