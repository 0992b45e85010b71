// Behind a shared server's bot, a notification that another client's membership change
// explains may reach a connection before that change does (the protocol orders neither).
// At the round's barrier it is still unexplained, and judging would blame the round's
// cases for it. Before judging, such a notification gets --timeout for its change, once
// in a run (the scenarios' routing check shares the allowance): after a full wait in vain,
// later ones are judged at once, so a server that really sends stray notifications pays
// one wait. The setup's window is not judged, but what happened there is settled so that
// no change of the bot's there excuses a notification later (connections.ts).
import type { Window } from "./barrier.ts";
import { notificationKey, notificationKind, type Connections } from "./connections.ts";
import type { FuzzClient, Received } from "./fuzz-client.ts";
import { deliveryMatches } from "./oracle.ts";
import { expectedOfSteps } from "./round-deliveries.ts";
import { isMembership, type Step } from "./steps.ts";
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
      // Only a membership kind can be another client's change: a notification of another
      // type is judged at once, without waiting for a change that cannot explain it.
      const kind = String(notificationKind(r));
      if (key === undefined || !isMembership(kind) || conns.isNoise(client, at)) continue;
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

interface PairOptions {
  timeoutMs: number;
  deadline: number;
  pairWait: PairWait;
}

/**
 * Waits (bounded by `timeoutMs`, once in a run) until the connections' spare foreign
 * changes cover `left`. Only frames that arrive can change the answer, and each check
 * reads just those.
 */
async function awaitSpareChanges(
  conns: Connections,
  left: { client: FuzzClient; key: string; count: number }[],
  windows: Window[],
  options: PairOptions,
): Promise<void> {
  const explained = () => left.every((l) => conns.spareChanges(l.client, l.key) >= l.count);
  if (options.pairWait.waitedInVain || explained()) return;
  const paired = await waitFor(
    windows.map((w) => w.client),
    () => (explained() ? true : undefined),
    Math.min(options.timeoutMs, Math.max(0, options.deadline - performance.now())),
  );
  if (paired === undefined && performance.now() < options.deadline)
    options.pairWait.waitedInVain = true;
}

/** Before judging a round: lets every unpredicted notification's change come (see above). */
export async function awaitNotificationPairs(
  conns: Connections,
  steps: Step[],
  windows: Window[],
  options: PairOptions,
): Promise<void> {
  await awaitSpareChanges(conns, unpredicted(conns, steps, windows), windows, options);
}

/**
 * After the setup's barrier: each notification of its window that no setup step predicts
 * uses up a foreign change of its user and kind, so a change the bot made while the run
 * connected excuses nothing in a judged round. A change still to come gets the same wait
 * as a round's; one that never comes is owed to no one (a connection opened in the middle
 * of a bot's change may get its notification without the change, which was sent before
 * it existed).
 */
export async function settleSetupNotifications(
  conns: Connections,
  steps: Step[],
  windows: Window[],
  options: PairOptions,
): Promise<void> {
  const left = unpredicted(conns, steps, windows);
  // Only where another client's change was seen is a bot at work whose next change may be
  // on its way (a server that just sends notifications twice is not waited for).
  const behindBot = left.filter((l) => conns.sawForeignChanges(l.client));
  await awaitSpareChanges(conns, behindBot, windows, options);
  for (const { client, key, count } of left)
    conns.useChanges(client, key, Math.min(count, Math.max(0, conns.spareChanges(client, key))));
}
