import { describe, expect, it } from "vitest";
import { newCaseRun, type CaseRun } from "../../src/conformance/fuzz/case-run.ts";
import { generateFuzzCases } from "../../src/conformance/fuzz/index.ts";
import { Schedule, type Chunk } from "../../src/conformance/fuzz/schedule.ts";
import { identitiesFor } from "../../src/conformance/fuzz/scenario-setup.ts";

const LANES = 6;
const runsOf = (casesPerKind: number) =>
  generateFuzzCases({ seed: 7, casesPerKind, ids: identitiesFor("test") }).map(newCaseRun);

function allRounds(schedule: Schedule): Chunk[][] {
  const rounds: Chunk[][] = [];
  while (!schedule.done) rounds.push(schedule.nextRound(LANES));
  return rounds;
}

const ids = (runs: CaseRun[]) => runs.map((r) => r.result.fuzzCase.id);

describe("the round schedule", () => {
  const runs = runsOf(30);
  const rounds = allRounds(new Schedule(runs, 20));

  it("schedules every case once, each event's cases of a kind in their order", () => {
    const scheduled = rounds.flat().flatMap((chunk) => chunk.runs);
    expect(ids(scheduled).sort()).toEqual(ids(runs).sort());
    for (const event of new Set(runs.map((r) => r.result.fuzzCase.event))) {
      for (const kind of ["valid", "invalid"]) {
        const mine = (list: CaseRun[]) =>
          ids(
            list.filter(
              (r) => r.result.fuzzCase.event === event && r.result.fuzzCase.kind === kind,
            ),
          );
        expect(mine(scheduled)).toEqual(mine(runs));
      }
    }
  });

  it("never gives an invalid chunk a round with another chunk forwarded as the same event", () => {
    for (const round of rounds) {
      for (const chunk of round.filter((c) => c.kind === "invalid")) {
        for (const other of round.filter((c) => c !== chunk))
          expect([...chunk.types].filter((t) => other.types.has(t))).toEqual([]);
      }
    }
  });

  it("never lets two valid chunks of a round send the same forward (USER_STATUS_CHANGED carries only the shared sender and a status)", () => {
    // 16 lanes of 10 steps: enough lanes that one event's valid queue could fill two.
    const wide = new Schedule(runsOf(30), 10);
    const wideRounds: Chunk[][] = [];
    while (!wide.done) wideRounds.push(wide.nextRound(16));
    const sameForward = (a: Chunk, b: Chunk) => [...a.forwards].some((f) => b.forwards.has(f));
    for (const round of wideRounds)
      for (const [i, chunk] of round.entries())
        for (const other of round.slice(i + 1)) expect(sameForward(chunk, other)).toBe(false);
    // Not vacuous: that event's valid cases do repeat a forward, over several chunks.
    const status = wideRounds
      .flat()
      .filter((c) => c.kind === "valid" && c.event === "USER_STATUS_CHANGED");
    expect(status.length).toBeGreaterThan(1);
    expect(sameForward(status[0] as Chunk, status[1] as Chunk)).toBe(true);
  });

  it("gives a valid chunk that moves connections (USER_CHANGED_GROUP) no other valid chunk in its round", () => {
    const movers = rounds.filter((round) => round.some((c) => c.kind === "valid" && c.moves));
    expect(movers.length).toBeGreaterThan(0);
    for (const round of movers) expect(round.filter((c) => c.kind === "valid")).toHaveLength(1);
  });

  it("fills its lanes: 480 cases in far fewer rounds than chunks", () => {
    expect(rounds.every((round) => round.length <= LANES)).toBe(true);
    expect(rounds.length).toBeLessThanOrEqual(8);
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
    const again = allRounds(new Schedule(runsOf(30), 20));
    expect(again.map((round) => round.map((c) => ids(c.runs)))).toEqual(
      rounds.map((round) => round.map((c) => ids(c.runs))),
    );
  });
});
