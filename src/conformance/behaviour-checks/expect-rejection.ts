// One rejection case of protocol-v1: send what the server must refuse, then prove the four
// things a rejection means: answered (rejected-with-error), to the sender only
// (error-to-sender-only), forwarded to no one (rejection-not-forwarded, by a barrier sent
// only once the answer came, so even a server that handles events out of order is judged
// fairly), and the connection still open (connection-stays-open).
import type { EventName, KnownErrorCode } from "../../contract/index.ts";
import type { Frame } from "../recorder.ts";
import type { RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
import { barrier } from "./barrier.ts";
import { checkStillOpen } from "./connection-stays-open.ts";
import { checkErrorsStayWithSender } from "./error-to-sender-only.ts";
import { awaitRejection, unansweredRejectionReason } from "./rejected-with-error.ts";
import { checkNotForwarded } from "./rejection-not-forwarded.ts";

export interface Rejectable {
  sender: TestClient;
  /** The wire event name sent, and its arguments. */
  event: string;
  args: unknown[];
  errorCode: KnownErrorCode;
  /** For messages: `MESSAGE_SENT with userId "alice-1a2b3c" (impersonation)`. */
  what: string;
  /** The event whose rule is broken when this is not rejected properly. */
  blame: EventName;
  /** What a forward would look like at an observer. */
  forwarded: { event: string; match?: Record<string, unknown> }[];
  /** Connections that would receive a forward; each gets the barrier. */
  observers: readonly TestClient[];
  /** INVALID_PAYLOAD: the field the errorMessage must name. */
  namesField?: string;
}

export async function expectRejection(ctx: RunContext, rejectable: Rejectable): Promise<void> {
  const unanswerable = unansweredRejectionReason(ctx);
  if (unanswerable !== undefined) {
    ctx.notes.push(`not sent: ${rejectable.what}; ${unanswerable}`);
    return;
  }
  const { sender, observers } = rejectable;
  const marks = ctx.marks([sender, ...observers]);
  sender.emit(rejectable.event, ...rejectable.args);
  const answer = await awaitRejection(ctx, sender, marks.get(sender) ?? 0, rejectable);
  const ends = answer === "dropped" ? undefined : await barrier(ctx, sender, observers);
  const windows = new Map<TestClient, Frame[]>(
    observers.map((o) => [o, o.frames.slice(marks.get(o) ?? 0, ends?.get(o) ?? o.mark())]),
  );
  checkErrorsStayWithSender(ctx, windows, rejectable);
  checkNotForwarded(ctx, windows, rejectable);
  checkStillOpen(ctx, sender, rejectable.blame);
}
