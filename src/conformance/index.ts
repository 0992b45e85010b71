// The conformance suite as a library: run it, listen to it, report it.
export { runConformance } from "./run-conformance.ts";
export type { EngineOptions } from "./engine-options.ts";
export { DEFAULT_TIMEOUT_MS } from "./engine-options.ts";
export type { EngineEvent, EngineListener } from "./engine-events.ts";
export { TargetError } from "./errors.ts";
export { SCENARIOS, type Scenario } from "./scenarios/index.ts";
export { FRAME_CHECKS, type FrameCheck } from "./frame-checks/index.ts";
export { BEHAVIOUR_CHECKS, type BehaviourCheck } from "./behaviour-checks/index.ts";
export type * from "./results.ts";
