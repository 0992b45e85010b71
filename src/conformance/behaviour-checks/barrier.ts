// An ordering barrier: the proof that something was NOT delivered, without a quiet period.
// Socket.IO delivers one server's emits to one connection in order. Once the server has
// visibly handled an event (its effect was observed), a status change sent afterwards is
// forwarded to every other connection; whatever that event made the server send a client
// is in that client's buffer before the status frame. Nothing relies on the server
// handling one connection's events in order.
import { isMatch } from "../frame-match.ts";
import type { Frame } from "../recorder.ts";
import type { RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
import { missedEvent, type Expected } from "./event-observed.ts";

/** Where each client's window ends: its barrier frame's index in its buffer, or its buffer's end. */
export type BarrierEnds = Map<TestClient, number>;

/**
 * `via` announces a status; resolves with each client's window end once every client got
 * it. A client that never gets it is an event-observed failure of USER_STATUS_CHANGED (its
 * window then ends where its buffer is). Resolves undefined, reporting nothing, when the
 * server closed `via`'s connection: the caller knows what that means.
 */
export async function barrier(
  ctx: RunContext,
  via: TestClient,
  clients: readonly TestClient[],
): Promise<BarrierEnds | undefined> {
  if (via.droppedByServer() !== undefined) return undefined;
  const marks = ctx.marks(clients);
  const expected: Expected = {
    event: "USER_STATUS_CHANGED",
    match: { userId: via.userId },
    after: `${via.label} sent USER_STATUS_CHANGED, the ordering barrier that proves nothing else was delivered`,
  };
  via.emit("USER_STATUS_CHANGED", {
    userId: via.userId,
    newStatus: "online",
    timestamp: ctx.clientTimestamp(),
  });
  const ends: BarrierEnds = new Map();
  let dropped = false;
  await Promise.all(
    clients.map(async (client) => {
      const mark = marks.get(client) ?? 0;
      const found = (f: Frame) => isMatch(f, expected.event, expected.match);
      const outcome = await ctx.recorder.waitUntil(() => {
        if (via.droppedByServer() !== undefined) return "dropped" as const;
        const index = client.since(mark).findIndex(found);
        return index === -1 ? undefined : mark + index;
      }, ctx.timeoutMs);
      if (outcome === "dropped") dropped = true;
      else if (outcome === undefined) missedEvent(ctx, client, mark, expected);
      ends.set(client, typeof outcome === "number" ? outcome : client.mark());
    }),
  );
  return dropped ? undefined : ends;
}
