// From case results to the shapes the engine and reporters consume: one CheckResult per
// fuzz check, and a FuzzReport with every case's result and the counts per event and kind.
import type { CheckResult, Failure, FuzzCaseCounts, FuzzReport } from "../results.ts";
import type { CaseResult } from "./case-run.ts";
import { FUZZ_CHECKS, type FuzzCheckName } from "./verdicts.ts";
import type { WireResult } from "./wire-phase.ts";

/** A FuzzReport case entry, with what the shared shape leaves out. */
export interface FuzzCaseEntry {
  id: string;
  event?: string;
  kind: string;
  rule: string;
  ok: boolean;
  status: "pass" | "fail" | "skipped";
  /** Times its steps went out (more than 1: the rate limit dropped one, or it was re-run alone). */
  attempts?: number;
  note?: string;
}

export interface FuzzCounts extends FuzzCaseCounts {
  valid: { cases: number; failed: number; skipped: number };
  invalid: { cases: number; failed: number; skipped: number };
}

export function buildFuzzReport(
  seed: number,
  casesPerKind: number,
  events: readonly string[],
  payload: CaseResult[],
  wire: WireResult[],
): FuzzReport & { cases: FuzzCaseEntry[]; events: Record<string, FuzzCounts> } {
  const counts: Record<string, FuzzCounts> = {};
  for (const event of events) {
    counts[event] = {
      valid: { cases: 0, failed: 0, skipped: 0 },
      invalid: { cases: 0, failed: 0, skipped: 0 },
    };
  }
  const cases: FuzzCaseEntry[] = payload.map(({ fuzzCase: c, status, attempts, note }) => {
    const bucket = counts[c.event]?.[c.kind];
    if (bucket) {
      bucket.cases++;
      if (status === "fail") bucket.failed++;
      if (status === "skipped") bucket.skipped++;
    }
    return {
      id: c.id,
      event: c.event,
      kind: c.kind,
      rule: c.rule,
      ok: status !== "fail",
      status,
      attempts,
      ...(note ? { note } : {}),
    };
  });
  for (const r of wire) {
    cases.push({
      id: r.wireCase.id,
      kind: "wire",
      rule: r.wireCase.name,
      ok: r.status !== "fail",
      status: r.status,
      ...(r.note ? { note: r.note } : r.reaction ? { note: `server ${r.reaction}` } : {}),
    });
  }
  return {
    seed,
    casesPerKind,
    events: counts,
    wire: { cases: wire.length, failed: wire.filter((r) => r.status === "fail").length },
    cases,
  };
}

export function buildChecks(
  failures: Failure[],
  durations: { payload: number; wire: number },
  ran: { payload: boolean; wire: boolean },
): CheckResult[] {
  return (Object.keys(FUZZ_CHECKS) as FuzzCheckName[]).map((name) => {
    const own = failures.filter((f) => f.check === name);
    const isWire = name === "fuzz-wire-survives";
    const didRun = name === "fuzz-run" || (isWire ? ran.wire : ran.payload);
    return {
      name,
      description: FUZZ_CHECKS[name],
      status: own.length > 0 ? "fail" : didRun ? "pass" : "skip",
      durationMs: Math.round(isWire ? durations.wire : durations.payload),
      failures: own,
      ...(didRun
        ? {}
        : { skipReason: isWire ? "no wire cases in this run" : "no payload cases in this run" }),
    };
  });
}
