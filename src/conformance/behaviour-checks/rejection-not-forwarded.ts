import { describeMatch, isMatch } from "../frame-match.ts";
import type { Frame } from "../recorder.ts";
import type { RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
import type { BehaviourCheck } from "./behaviour-check.ts";
import type { Rejectable } from "./expect-rejection.ts";

export const rejectionNotForwarded: BehaviourCheck = {
  name: "rejection-not-forwarded",
  description: "a rejected event is never forwarded to anyone (proven by an ordering barrier)",
};

/** Fails for each observer whose window (up to its barrier) holds a forward of the rejected event. */
export function checkNotForwarded(
  ctx: RunContext,
  windows: Map<TestClient, Frame[]>,
  rejectable: Rejectable,
): void {
  for (const [observer, window] of windows) {
    ctx.assert(rejectionNotForwarded.name);
    for (const shape of rejectable.forwarded) {
      const forward = window.find((f) => isMatch(f, shape.event, shape.match));
      if (forward === undefined) continue;
      ctx.fail({
        check: rejectionNotForwarded.name,
        event: rejectable.blame,
        direction: "client-to-server",
        client: observer.label,
        message: `${observer.label} received ${describeMatch(shape.event, shape.match)} although the server had to reject ${rejectable.what}`,
        expected: "nothing forwarded",
        received: { [forward.event ?? ""]: forward.args[0] },
        sent: rejectable.args,
      });
    }
  }
}
