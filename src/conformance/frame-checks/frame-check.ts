// What a frame check is: one rule applied to every frame any client receives.
import type { Failure } from "../results.ts";
import type { Frame } from "../recorder.ts";

/** A failure as a check sees it; the engine adds check, client, step and scenario from the frame. */
export type FrameFinding = Omit<Failure, "check" | "client" | "step" | "scenario" | "direction">;

export interface FrameCheck {
  /** The name reports show. */
  name: string;
  description: string;
  /** Every way `frame` breaks the rule ([] when it holds), or undefined when the rule does not apply to it. */
  check(frame: Frame): FrameFinding[] | undefined;
}
