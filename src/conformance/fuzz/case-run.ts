// A case on its way through the runner, and the result the report shows for it.
import type { Failure } from "../results.ts";
import type { FuzzCase } from "./case-model.ts";

export interface CaseResult {
  fuzzCase: FuzzCase;
  status: "pass" | "fail" | "skipped";
  /** Times its steps went out (more than 1: the rate limit dropped one, or it was re-run alone). */
  attempts: number;
  failures: Failure[];
  note?: string;
}

export interface CaseRun {
  result: CaseResult;
}

export function newCaseRun(fuzzCase: FuzzCase): CaseRun {
  return {
    // Until settled: a run that stops early leaves it so.
    result: {
      fuzzCase,
      status: "skipped",
      attempts: 0,
      failures: [],
      note: "not judged: the fuzz run stopped first",
    },
  };
}
