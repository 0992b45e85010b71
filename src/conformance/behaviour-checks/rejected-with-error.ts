import { validateEvent } from "../../contract/index.ts";
import { isMatch, payloadOf } from "../frame-match.ts";
import type { Frame } from "../recorder.ts";
import type { Marks, RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
import type { BehaviourCheck } from "./behaviour-check.ts";
import type { Rejectable } from "./expect-rejection.ts";

export const rejectedWithError: BehaviourCheck = {
  name: "rejected-with-error",
  description:
    "an event the protocol refuses is answered with ERROR_OCCURED and the right errorCode, to its sender",
};

/**
 * Waits for the sender's ERROR_OCCURED since its mark, or for its connection to close, or
 * for a forward of the rejected event at an observer: the server took the event, so waiting
 * out --timeout for an answer would only delay the verdict. Then "forwarded": the caller
 * raises its barrier and asks `judgeAnswerAfterForward` (what was forwarded is
 * rejection-not-forwarded's to report). Reports a missing answer or a wrong errorCode.
 */
export async function awaitRejection(
  ctx: RunContext,
  marks: Marks,
  rejectable: Rejectable,
): Promise<Frame | "dropped" | "forwarded" | undefined> {
  const { sender, observers } = rejectable;
  ctx.assert(rejectedWithError.name);
  const mark = marks.get(sender) ?? 0;
  const outcome = await ctx.recorder.waitUntil(() => {
    const error = errorSince(sender, mark);
    if (error !== undefined) return error;
    if (sender.droppedByServer() !== undefined) return "dropped" as const;
    const forwarded = observers.some((o) =>
      o
        .since(marks.get(o) ?? 0)
        .some((f) => rejectable.forwarded.some((shape) => isMatch(f, shape.event, shape.match))),
    );
    return forwarded ? ("forwarded" as const) : undefined;
  }, ctx.timeoutMs);
  if (outcome === "dropped" || outcome === "forwarded") return outcome;
  if (outcome === undefined) {
    const fullWait = !ctx.recorder.pastDeadline() && ctx.stopReason === undefined;
    if (fullWait && rejectable.errorCode === "UNKNOWN_EVENT")
      ctx.unansweredUnknownEvent ??= `${sender.label} sent ${rejectable.what}`;
    ctx.fail({
      ...blameOf(rejectable),
      message: `expected ERROR_OCCURED ${rejectable.errorCode} at ${sender.label} within ${ctx.timeoutMs} ms after it sent ${rejectable.what}; the server did not answer`,
      expected: { errorCode: rejectable.errorCode },
      received: "nothing",
      sent: rejectable.args,
    });
    return undefined;
  }
  return judgeAnswer(ctx, outcome, rejectable);
}

/**
 * After a forward ended the wait and the barrier came back: the server had handled a later
 * event of the sender, so an answer to the rejected one, if any, was due. Judges it, or
 * fails for its absence.
 */
export function judgeAnswerAfterForward(
  ctx: RunContext,
  mark: number,
  rejectable: Rejectable,
): void {
  const { sender } = rejectable;
  const error = errorSince(sender, mark);
  if (error !== undefined) return void judgeAnswer(ctx, error, rejectable);
  ctx.fail({
    ...blameOf(rejectable),
    message: `expected ERROR_OCCURED ${rejectable.errorCode} at ${sender.label} after it sent ${rejectable.what}; the server forwarded it instead, and had not answered by the time it handled the barrier sent after it`,
    expected: { errorCode: rejectable.errorCode },
    received: "a forward instead of an error",
    sent: rejectable.args,
  });
}

function errorSince(sender: TestClient, mark: number): Frame | undefined {
  return sender.since(mark).find((f) => f.kind === "event" && f.event === "ERROR_OCCURED");
}

function blameOf(rejectable: Rejectable) {
  return {
    check: rejectedWithError.name,
    event: rejectable.blame,
    direction: "client-to-server" as const,
    client: rejectable.sender.label,
  };
}

/** Checks an ERROR_OCCURED answer: the right errorCode, and the field named when it must be. */
function judgeAnswer(ctx: RunContext, outcome: Frame, rejectable: Rejectable): Frame {
  const blame = blameOf(rejectable);
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
