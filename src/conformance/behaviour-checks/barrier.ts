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
import { stopIfNodesApart } from "./run-completes.ts";

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
  // A server that does not forward the barrier's event (a full wait proved it) would make
  // every proof wait out --timeout for a verdict already given: the windows end where the
  // buffers are, which can only let an unwanted delivery through, never fail a server.
  if (ctx.missingEvents.has(BARRIER_EVENT)) return new Map(clients.map((c) => [c, c.mark()]));
  const marks = ctx.marks(clients);
  const expected: Expected = {
    event: BARRIER_EVENT,
    match: { userId: via.userId },
    after: `${via.label} sent USER_STATUS_CHANGED, the ordering barrier that proves nothing else was delivered`,
  };
  via.emit(BARRIER_EVENT, {
    userId: via.userId,
    newStatus: "online",
    timestamp: ctx.clientTimestamp(),
  });
  const ends: BarrierEnds = new Map();
  const reached: TestClient[] = [];
  const missed: TestClient[] = [];
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
      else if (outcome === undefined) {
        const fullWait = !ctx.recorder.pastDeadline() && ctx.stopReason === undefined;
        const first = fullWait && !ctx.missingEvents.has(BARRIER_EVENT);
        if (fullWait) missed.push(client);
        if (first) ctx.missingEvents.set(BARRIER_EVENT, `${client.label} after ${expected.after}`);
        missedEvent(ctx, client, mark, expected, first ? NOT_REPEATED : "");
      } else reached.push(client);
      ends.set(client, typeof outcome === "number" ? outcome : client.mark());
    }),
  );
  // On a cluster, a barrier that reached one node's clients only is evidence the nodes do
  // not share broadcasts, as much as any other event's.
  stopIfNodesApart(ctx, BARRIER_EVENT, reached, missed);
  return dropped ? undefined : ends;
}

const BARRIER_EVENT = "USER_STATUS_CHANGED";
const NOT_REPEATED =
  "; later barriers do not wait for it (their proofs take what arrived by then), and its valid fuzz cases are not sent";
