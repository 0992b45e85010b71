import type { Frame } from "../recorder.ts";
import type { RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
import type { BehaviourCheck } from "./behaviour-check.ts";
import type { Rejectable } from "./expect-rejection.ts";

export const errorToSenderOnly: BehaviourCheck = {
  name: "error-to-sender-only",
  description: "ERROR_OCCURED goes to the connection whose event was rejected, and to no other",
};

/** Fails for each observer that got an ERROR_OCCURED in its window: it sent nothing. */
export function checkErrorsStayWithSender(
  ctx: RunContext,
  windows: Map<TestClient, Frame[]>,
  rejectable: Rejectable,
): void {
  for (const [observer, window] of windows) {
    ctx.assert(errorToSenderOnly.name);
    const error = window.find((f) => f.kind === "event" && f.event === "ERROR_OCCURED");
    if (error === undefined) continue;
    ctx.fail({
      check: errorToSenderOnly.name,
      event: "ERROR_OCCURED",
      direction: "server-to-client",
      client: observer.label,
      message: `${observer.label} received ERROR_OCCURED for ${rejectable.what}, which another connection sent`,
      // One finding however many rejections showed it.
      rule: "ERROR_OCCURED reached a connection other than the one whose event was rejected",
      expected: "no ERROR_OCCURED",
      received: error.args[0],
    });
  }
}
