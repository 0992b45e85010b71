// What a diff run concluded: the report, the exit code, and why. The CLI computes it once;
// every reporter words the same data.
import { checkMajorBump, type BumpCheck } from "./major-bump.ts";
import type { DiffReport } from "./model.ts";

export interface DiffOutcome {
  oldName: string;
  newName: string;
  oldVersion: string;
  newVersion: string;
  report: DiffReport;
  undecided: number;
  /** With --require-major-bump and something breaking or undecided: the version check. */
  bump?: BumpCheck;
  exitCode: 0 | 1;
}

export interface OutcomeInput {
  oldName: string;
  newName: string;
  oldVersion: string;
  newVersion: string;
  report: DiffReport;
  requireMajorBump: boolean;
}

/**
 * Exit 1 when anything is breaking or undecided. With --require-major-bump, such changes
 * are allowed when info.version has a new major, and refused with that reason when not.
 */
export function outcomeOf(input: OutcomeInput): DiffOutcome {
  const { report, requireMajorBump, ...names } = input;
  const undecided = report.changes.filter((c) => c.kind === "undecided").length;
  const blocking = report.breaking + undecided > 0;
  if (!blocking) return { ...names, report, undecided, exitCode: 0 };
  if (!requireMajorBump) return { ...names, report, undecided, exitCode: 1 };
  const bump = checkMajorBump(input.oldVersion, input.newVersion);
  return { ...names, report, undecided, bump, exitCode: bump.ok ? 0 : 1 };
}
