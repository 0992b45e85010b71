// What the engine tells the world while it runs. Reporters listen; they never drive the run
// (STYLE.md #5).
import type { CheckResult, Failure, RunReport } from "./results.ts";

export type EngineEvent =
  | {
      type: "run-started";
      target: { url: string; embedded: boolean };
      scenarios: { name: string; description: string }[];
    }
  | { type: "phase-started"; phase: string }
  | { type: "phase-finished"; phase: string; durationMs: number }
  | { type: "scenario-started"; name: string; description: string }
  | { type: "step"; scenario: string | undefined; step: string }
  /** A failure the report keeps as an example (at most 5 per distinct failure, large values cut). */
  | { type: "failure"; failure: Failure }
  | { type: "scenario-finished"; result: CheckResult }
  | { type: "run-finished"; report: RunReport };

export type EngineListener = (event: EngineEvent) => void;
