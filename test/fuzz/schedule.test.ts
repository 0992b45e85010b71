import { describe, expect, it } from "vitest";
import { newCaseRun, type CaseRun } from "../../src/conformance/fuzz/case-run.ts";
import { generateFuzzCases } from "../../src/conformance/fuzz/index.ts";
import { Schedule, type Chunk } from "../../src/conformance/fuzz/schedule.ts";
import { identitiesFor } from "../../src/conformance/fuzz/scenario-setup.ts";

const LANES = 16;
const runsOf = (casesPerKind: number) =>
  generateFuzzCases({ seed: 7, casesPerKind, ids: identitiesFor("test") }).map(newCaseRun);

function allRounds(schedule: Schedule): Chunk[][] {
  const rounds: Chunk[][] = [];
  while (!schedule.done) rounds.push(schedule.nextRound(LANES));
  return rounds;
}

const ids = (runs: CaseRun[]) => runs.map((r) => r.result.fuzzCase.id);

/** A valid case's forward without the server's timestamp; "" for the others. */
function forwardOf(run: CaseRun): string {
  const { kind, event, args } = run.result.fuzzCase;
  if (kind !== "valid") return "";
  const { timestamp: _, ...rest } = (args[0] ?? {}) as Record<string, unknown>;
  return JSON.stringify([event, rest]);
}

describe("the round schedule", () => {
  const runs = runsOf(30);
  const rounds = allRounds(new Schedule(runs, 10));
  const CHANNEL_SCOPED = new Set(["MESSAGE_SENT", "FILE_UPLOADED", "USER_CHANGED_GROUP"]);

  it("schedules every case once, each event's cases of a kind in their order (valid cases that repeat a forward: in order within each forward)", () => {
    const scheduled = rounds.flat().flatMap((chunk) => chunk.runs);
    expect(ids(scheduled).sort()).toEqual(ids(runs).sort());
    const repeats = (run: CaseRun) =>
      run.result.fuzzCase.event !== "USER_CHANGED_GROUP" &&
      forwardOf(run) !== "" &&
      runs.filter((r) => forwardOf(r) === forwardOf(run)).length > 1;
    const classOf = (run: CaseRun) => (repeats(run) ? forwardOf(run) : "in order");
    let grouped = 0;
    for (const event of new Set(runs.map((r) => r.result.fuzzCase.event))) {
      for (const kind of ["valid", "invalid"]) {
        const mine = runs.filter(
          (r) => r.result.fuzzCase.event === event && r.result.fuzzCase.kind === kind,
        );
        for (const cls of new Set(mine.map(classOf))) {
          const ofClass = (list: CaseRun[]) =>
            ids(list.filter((r) => mine.includes(r) && classOf(r) === cls));
          expect(ofClass(scheduled)).toEqual(ofClass(runs));
          if (cls !== "in order") grouped++;
        }
      }
    }
    expect(grouped).toBeGreaterThan(1); // USER_STATUS_CHANGED's statuses
  });

  it("lets invalid chunks share a round with no valid chunk forwarded as the same event", () => {
    let sameEventInvalid = 0;
    for (const round of rounds) {
      for (const chunk of round.filter((c) => c.kind === "invalid")) {
        for (const other of round.filter((c) => c !== chunk)) {
          const shared = [...chunk.types].filter((t) => other.types.has(t));
          if (other.kind === "valid") expect(shared).toEqual([]);
          else if (shared.length > 0) sameEventInvalid++;
        }
      }
    }
    // Not vacuous: invalid chunks of one event do run side by side (their forwards go to all of them).
    expect(sameEventInvalid).toBeGreaterThan(0);
  });

  it("never lets two valid chunks of a round send the same forward (USER_STATUS_CHANGED carries only the shared sender and a status)", () => {
    const sameForward = (a: Chunk, b: Chunk) => [...a.forwards].some((f) => b.forwards.has(f));
    for (const round of rounds)
      for (const [i, chunk] of round.entries())
        for (const other of round.slice(i + 1)) expect(sameForward(chunk, other)).toBe(false);
    // Not vacuous: that event's valid cases repeat forwards; chunks of different statuses
    // run side by side, chunks of the same status in different rounds.
    const status = rounds.map((round) =>
      round.filter((c) => c.kind === "valid" && c.event === "USER_STATUS_CHANGED"),
    );
    expect(Math.max(...status.map((r) => r.length))).toBeGreaterThan(1);
    const all = status.flat();
    expect(all.some((a) => all.some((b) => a !== b && sameForward(a, b)))).toBe(true);
  });

  it("gives a valid chunk that moves connections (USER_CHANGED_GROUP) no valid chunk whose recipients depend on channels", () => {
    const movers = rounds.filter((round) => round.some((c) => c.kind === "valid" && c.moves));
    expect(movers.length).toBeGreaterThan(0);
    let sideBySide = 0;
    for (const round of movers) {
      const valid = round.filter((c) => c.kind === "valid");
      expect(valid.filter((c) => CHANNEL_SCOPED.has(c.event))).toHaveLength(1);
      sideBySide += valid.length - 1;
    }
    // Not vacuous: status, group and settings chunks do run beside a move.
    expect(sideBySide).toBeGreaterThan(0);
  });

  it("fills its lanes: 480 cases in far fewer rounds than chunks", () => {
    expect(rounds.every((round) => round.length <= LANES)).toBe(true);
    expect(rounds.length).toBeLessThanOrEqual(12);
  });

  it("gives a case re-run alone a round of its own, before any other", () => {
    const schedule = new Schedule(runsOf(3), 20);
    const [first] = schedule.nextRound(LANES);
    const culprit = first?.runs[1] as CaseRun;
    schedule.rerunAlone([culprit]);
    expect(schedule.nextRound(LANES)).toEqual([
      expect.objectContaining({ alone: true, runs: [culprit] }),
    ]);
  });

  it("makes the same rounds from the same cases (a seed's traffic does not depend on timing)", () => {
    const again = allRounds(new Schedule(runsOf(30), 10));
    expect(again.map((round) => round.map((c) => ids(c.runs)))).toEqual(
      rounds.map((round) => round.map((c) => ids(c.runs))),
    );
  });
});
