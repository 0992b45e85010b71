// What a round's accepted steps must deliver, and the wait for it before the barrier.
// A step counts as settled when its first effect shows (its witness got the forward), but a
// server may still be sending the same forward to the other recipients: python-socketio
// handlers that `await sio.emit(..., to=sid)` recipient by recipient interleave with the
// next handler's emits, so the barrier could overtake a forward still on its way. Raising
// the barrier only once every predicted delivery is in (or something arrived in its place)
// keeps "everything the round caused came before the barrier" true for such servers too.
// The run's setup steps are awaited the same way before the setup's barrier.
import type { Connections } from "./connections.ts";
import type { FuzzClient } from "./fuzz-client.ts";
import type { Lane } from "./lane.ts";
import { deliveryMatches, type Delivery } from "./oracle.ts";
import type { Step } from "./steps.ts";
import { waitFor } from "./wait.ts";

export interface Expected extends Delivery {
  source: Step;
  matched: boolean;
}

/** What the round's accepted steps must have delivered, to connections still open. */
export function expectedOf(conns: Connections, lanes: Lane[]): Expected[] {
  return expectedOfSteps(
    conns,
    lanes.flatMap((lane) => lane.steps),
  );
}

export function expectedOfSteps(conns: Connections, steps: Step[]): Expected[] {
  return steps
    .filter((s) => s.outcome?.kind === "accepted")
    .flatMap((s) => s.deliveries.map((d) => ({ ...d, source: s, matched: false })))
    .filter((e) => conns.client(e.to)?.ended === false);
}

/**
 * Waits until every connection holds each delivery predicted for it since its window
 * opened, or, for each one missing, another frame of the same event (a broken server's
 * wrong payload ends the wait at once; judging names it). Bounded by `timeoutMs`: a
 * delivery that never comes is judged missing, after one wait for the whole round.
 */
export async function awaitDeliveries(
  conns: Connections,
  steps: Step[],
  timeoutMs: number,
): Promise<void> {
  const byClient = new Map<FuzzClient, Delivery[]>();
  for (const e of expectedOfSteps(conns, steps)) {
    const client = conns.client(e.to);
    if (client === undefined) continue;
    byClient.set(client, [...(byClient.get(client) ?? []), e]);
  }
  const pending = [...byClient.keys()];
  if (pending.length === 0) return;
  // Each client's window is read once, frame by frame as it arrives: the check runs on
  // every frame any of them receives, and re-reading whole windows each time made a busy
  // round quadratic (stalls of hundreds of ms, long enough to miss a server's heartbeat).
  const progress = new Map(
    pending.map((client) => [
      client,
      {
        next: conns.windowStart.get(client) ?? 0,
        wanted: [...(byClient.get(client) ?? [])],
        othersOf: new Map<string, number>(),
      },
    ]),
  );
  const settled = (client: FuzzClient) => {
    if (client.ended) return true;
    const p = progress.get(client)!;
    for (; p.next < client.log.length; p.next++) {
      const r = client.log[p.next]!;
      if (conns.isNoise(client, p.next)) continue;
      // A prediction first: a notification that may be another client's may also be ours.
      const i = p.wanted.findIndex((d) => deliveryMatches(d, r));
      if (i >= 0) p.wanted.splice(i, 1);
      else if (!conns.mayBeOthersNotification(client, p.next))
        p.othersOf.set(r.event, (p.othersOf.get(r.event) ?? 0) + 1);
    }
    // Each delivery still missing may have come in a form that does not match (broken):
    // one frame of its event apiece, which judging then names.
    const missing = new Map<string, number>();
    for (const d of p.wanted) missing.set(d.event, (missing.get(d.event) ?? 0) + 1);
    return [...missing].every(([event, n]) => (p.othersOf.get(event) ?? 0) >= n);
  };
  await waitFor(pending, () => (pending.every(settled) ? true : undefined), timeoutMs);
}
