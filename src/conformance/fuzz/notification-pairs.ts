// Behind a shared server's bot, a notification that another client's membership change
// explains may reach a connection before that change does (the protocol orders neither).
// At the round's barrier it is still unexplained, and judging would blame the round's
// cases for it. Before judging, such a notification gets --timeout for its change, once
// in a run (the scenarios' routing check shares the allowance): after a full wait in vain,
// later ones are judged at once, so a server that really sends stray notifications pays
// one wait. The setup's window is not judged, but what happened there is settled so that
// no change of the bot's there excuses a notification later (connections.ts).
import type { Window } from "./barrier.ts";
import { notificationKey, type Connections } from "./connections.ts";
import type { FuzzClient, Received } from "./fuzz-client.ts";
import { deliveryMatches } from "./oracle.ts";
import { expectedOfSteps } from "./round-deliveries.ts";
import type { Step } from "./steps.ts";
import { waitFor } from "./wait.ts";

/** Shared by every phase of a run: whether a notification already waited for its pair in vain. */
export interface PairWait {
  waitedInVain: boolean;
}

/**
 * Per connection, the notifications of each "userId kind" in its window that no step
 * predicts, matched as judging matches them (predictions first). Windows do not change
 * once the barrier closed them, so this is counted once.
 */
function unpredicted(
  conns: Connections,
  steps: Step[],
  windows: Window[],
): { client: FuzzClient; key: string; count: number }[] {
  const expected = expectedOfSteps(conns, steps);
  const left: { client: FuzzClient; key: string; count: number }[] = [];
  for (const { client, start, end } of windows) {
    const counts = new Map<string, number>();
    for (let at = start; at < end; at++) {
      const r = client.log[at] as Received;
      const key = notificationKey(r);
      if (key === undefined || conns.isNoise(client, at)) continue;
      const predicted = expected.find(
        (e) => e.to === client.label && !e.matched && deliveryMatches(e, r),
      );
      if (predicted !== undefined) predicted.matched = true;
      else counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, count] of counts) left.push({ client, key, count });
  }
  return left;
}

/** Waits (bounded by `timeoutMs`, once in a run) until the connections' spare foreign changes explain every unpredicted notification. */
export async function awaitNotificationPairs(
  conns: Connections,
  steps: Step[],
  windows: Window[],
  options: { timeoutMs: number; deadline: number; pairWait: PairWait },
): Promise<void> {
  if (options.pairWait.waitedInVain) return;
  const left = unpredicted(conns, steps, windows);
  // Only frames that arrive can change the answer, and each check reads just those.
  const explained = () => left.every((l) => conns.spareChanges(l.client, l.key) >= l.count);
  if (explained()) return;
  const paired = await waitFor(
    windows.map((w) => w.client),
    () => (explained() ? true : undefined),
    Math.min(options.timeoutMs, Math.max(0, options.deadline - performance.now())),
  );
  if (paired === undefined && performance.now() < options.deadline)
    options.pairWait.waitedInVain = true;
}

/**
 * After the setup's barrier: each notification of its window that no setup step predicts
 * uses up a foreign change of its user and kind, one still to come if none is spare yet,
 * so a change the bot made while the run connected excuses nothing in a judged round.
 */
export function settleSetupNotifications(
  conns: Connections,
  steps: Step[],
  windows: Window[],
): void {
  for (const { client, key, count } of unpredicted(conns, steps, windows))
    conns.useChanges(client, key, count);
}
