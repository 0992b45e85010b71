// A scenario drives the server the way protocol-v1 describes, as named steps, and calls the
// behaviour checks on what comes back. Scenarios run in order and share the run's clients.
import type { EventName } from "../../contract/index.ts";
import type { RunContext } from "../run-context.ts";

export interface Scenario {
  /** Kebab-case, as reports show it. */
  name: string;
  /** What a conformant server does, as a sentence: the vitest test name. */
  description: string;
  /** The events it exercises: --only / --skip select scenarios through these. */
  events: readonly EventName[];
  /** Scenarios whose effects (connections, groups, channels) it builds on. */
  needs?: readonly string[];
  /** A reason not to run it against this target, e.g. no --token to test AUTH_INVALID with. */
  skipReason?: (ctx: RunContext) => string | undefined;
  run(ctx: RunContext): Promise<void>;
}
