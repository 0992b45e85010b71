import { isContractEvent, validateEvent } from "../../contract/index.ts";
import { payloadOf } from "../frame-match.ts";
import type { Frame } from "../recorder.ts";
import type { RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
import type { BehaviourCheck } from "./behaviour-check.ts";
import type { Rejectable } from "./expect-rejection.ts";

export const rejectedWithError: BehaviourCheck = {
  name: "rejected-with-error",
  description:
    "an event the protocol refuses is answered with ERROR_OCCURED and the right errorCode, to its sender",
};

function anyError(ctx: RunContext): boolean {
  return ctx.recorder.frames.some((f) => f.kind === "event" && f.event === "ERROR_OCCURED");
}

/**
 * After a full wait at `sender` for the answer to `what` (a rejection, or a refusal the
 * protocol allows) that saw none: remembered when the server has sent no ERROR_OCCURED at
 * all in the run (see unansweredRejectionReason).
 */
export function noteUnansweredRejection(ctx: RunContext, sender: TestClient, what: string): void {
  const fullWait = !ctx.recorder.pastDeadline() && ctx.stopReason === undefined;
  if (fullWait && !anyError(ctx)) ctx.unansweredRejection ??= { client: sender.label, what };
}

/**
 * Why a rejection is not worth sending: one already went unanswered for a whole --timeout,
 * and the server has sent no ERROR_OCCURED at all in the run. Its verdict comes once the
 * server answers rejections; the failure already reported is the cause to fix first.
 */
export function unansweredRejectionReason(ctx: RunContext): string | undefined {
  const first = ctx.unansweredRejection;
  if (first === undefined || anyError(ctx)) return undefined;
  return `the server has answered no rejection with ERROR_OCCURED in this run (${first.what}, sent by ${first.client}, went unanswered for a whole --timeout), and this one would only wait it out too`;
}

/**
 * Waits for the sender's ERROR_OCCURED since `mark`, or for its connection to close.
 * Reports a missing answer or a wrong errorCode; resolves with what happened.
 */
export async function awaitRejection(
  ctx: RunContext,
  sender: TestClient,
  mark: number,
  rejectable: Rejectable,
): Promise<Frame | "dropped" | undefined> {
  ctx.assert(rejectedWithError.name);
  const outcome = await ctx.recorder.waitUntil(() => {
    const error = sender.since(mark).find((f) => f.kind === "event" && f.event === "ERROR_OCCURED");
    if (error !== undefined) return error;
    return sender.droppedByServer() !== undefined ? ("dropped" as const) : undefined;
  }, ctx.timeoutMs);
  if (outcome === "dropped") return outcome;
  const blame = {
    check: rejectedWithError.name,
    event: rejectable.blame,
    direction: "client-to-server" as const,
    client: sender.label,
  };
  if (outcome === undefined) {
    // Only an event outside the contract is what the fuzz phase's probe is: a server may
    // fail to answer a server-only event name and still answer the probe.
    const fullWait = !ctx.recorder.pastDeadline() && ctx.stopReason === undefined;
    if (fullWait && rejectable.errorCode === "UNKNOWN_EVENT" && !isContractEvent(rejectable.event))
      ctx.unansweredUnknownEvent ??= { client: sender.label, what: rejectable.what };
    noteUnansweredRejection(ctx, sender, rejectable.what);
    ctx.fail({
      ...blame,
      message: `expected ERROR_OCCURED ${rejectable.errorCode} at ${sender.label} within ${ctx.timeoutMs} ms after it sent ${rejectable.what}; the server did not answer`,
      expected: { errorCode: rejectable.errorCode },
      received: "nothing",
      sent: rejectable.args,
    });
    return undefined;
  }
  const payload = payloadOf(outcome);
  // A malformed ERROR_OCCURED is payload-matches-schema's to report.
  if (payload === undefined || validateEvent("ERROR_OCCURED", payload).length > 0) return outcome;
  if (payload["errorCode"] !== rejectable.errorCode) {
    ctx.fail({
      ...blame,
      message: `${rejectable.what} was answered with errorCode ${JSON.stringify(payload["errorCode"])}; expected ${rejectable.errorCode}`,
      instancePath: "/errorCode",
      expected: rejectable.errorCode,
      received: payload["errorCode"],
      sent: rejectable.args,
    });
  } else if (
    rejectable.namesField !== undefined &&
    !String(payload["errorMessage"]).includes(rejectable.namesField)
  ) {
    ctx.fail({
      ...blame,
      message: `the INVALID_PAYLOAD errorMessage does not name the field "${rejectable.namesField}"`,
      instancePath: "/errorMessage",
      expected: `a message naming "${rejectable.namesField}"`,
      received: payload["errorMessage"],
      sent: rejectable.args,
    });
  }
  return outcome;
}
