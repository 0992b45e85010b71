// Behind a shared server's bot, a notification that another client's membership change
// explains may reach a connection before that change does (the protocol orders neither).
// At the round's barrier it is still unpaired, and judging would blame the round's cases
// for it. Before judging, such a notification gets --timeout for its pair, once in a run
// (the scenarios' routing check shares the allowance): after a full wait in vain, later
// ones are judged at once, so a server that really sends stray notifications pays one wait.
import type { Window } from "./barrier.ts";
import { notificationKey, type Connections } from "./connections.ts";
import type { Received } from "./fuzz-client.ts";
import type { Lane } from "./lane.ts";
import { deliveryMatches } from "./oracle.ts";
import { expectedOf } from "./round-deliveries.ts";
import { waitFor } from "./wait.ts";

/** Shared by every phase of a run: whether a notification already waited for its pair in vain. */
export interface PairWait {
  waitedInVain: boolean;
}

/**
 * Whether a window holds more notifications of a user and kind than the round predicts
 * and the connection's spare foreign changes of that user and kind can excuse (what
 * judging will find, without using any up).
 */
function unexplainedNotification(conns: Connections, lanes: Lane[], windows: Window[]): boolean {
  const expected = expectedOf(conns, lanes);
  for (const { client, start, end } of windows) {
    const leftOver = new Map<string, number>();
    for (let at = start; at < end; at++) {
      const r = client.log[at] as Received;
      const key = notificationKey(r);
      if (key === undefined || conns.isNoise(client, at)) continue;
      const predicted = expected.find(
        (e) => e.to === client.label && !e.matched && deliveryMatches(e, r),
      );
      if (predicted !== undefined) predicted.matched = true;
      else leftOver.set(key, (leftOver.get(key) ?? 0) + 1);
    }
    for (const [key, count] of leftOver) if (count > conns.spareChanges(client, key)) return true;
  }
  return false;
}

/** Waits (bounded by `timeoutMs`, once in a run) until every such notification has its pair. */
export async function awaitNotificationPairs(
  conns: Connections,
  lanes: Lane[],
  windows: Window[],
  options: { timeoutMs: number; deadline: number; pairWait: PairWait },
): Promise<void> {
  if (options.pairWait.waitedInVain) return;
  const unpaired = () => unexplainedNotification(conns, lanes, windows);
  if (!unpaired()) return;
  const paired = await waitFor(
    windows.map((w) => w.client),
    () => (unpaired() ? undefined : true),
    Math.min(options.timeoutMs, Math.max(0, options.deadline - performance.now())),
  );
  if (paired === undefined && performance.now() < options.deadline)
    options.pairWait.waitedInVain = true;
}
