// The shape most scenarios share: one client sends an event; some connections must get
// the server's forward with the right content; others must not get it (barrier-proven).
import type { ClientToServerEventName, ServerToClientEventName } from "../../contract/index.ts";
import { expectEvent, type Expected } from "../behaviour-checks/event-observed.ts";
import type { ContentRule } from "../behaviour-checks/payload-content.ts";
import { expectNotDelivered, type Unwanted } from "../behaviour-checks/routing.ts";
import type { Frame } from "../recorder.ts";
import type { Marks, RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";

export interface Forward {
  event: ServerToClientEventName;
  match: Record<string, unknown>;
  content?: ContentRule[];
  at: readonly TestClient[];
  /** See Expected.instead. */
  instead?: Expected["instead"];
}

export interface Sending {
  sender: TestClient;
  event: ClientToServerEventName;
  payload: Record<string, unknown>;
  /** Where, for step names: " in general". */
  where?: string;
  forwards: readonly Forward[];
  /** Deliveries that must not happen, proven by a barrier from `via` once the forwards came. */
  unwanted?: readonly Unwanted[];
  via?: TestClient;
}

/** Sends, awaits every forward at every recipient, then proves the unwanted deliveries absent. */
export async function sendAndExpect(
  ctx: RunContext,
  sending: Sending,
  marks: Marks = ctx.marks(),
): Promise<(Frame | undefined)[][]> {
  const what = `${sending.event}${sending.where ?? ""}`;
  ctx.step(`${sending.sender.label} sends ${what}`);
  sending.sender.emit(sending.event, sending.payload);
  const after = `${sending.sender.label} sent ${what}`;
  const frames = await Promise.all(
    sending.forwards.map((f) => expectEvent(ctx, f.at, marks, { ...f, after })),
  );
  if (sending.unwanted !== undefined && sending.unwanted.length > 0) {
    if (sending.via === undefined)
      throw new Error("conformance suite: unwanted deliveries need a barrier sender (via)");
    await expectNotDelivered(ctx, marks, sending.via, sending.unwanted);
  }
  return frames;
}
