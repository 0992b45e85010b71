// The ordering barrier that ends a round: once every lane's steps have had their effect,
// the barrier connection creates a group with a unique id, which the server announces to
// every other connection. Socket.IO delivers a server's emits to one connection in the
// order it makes them, so whatever the round's steps made the server send to a connection
// reached it before the barrier did: what a connection received before the barrier is
// everything the round caused there. Nothing is waited out.
import { BARRIER_GROUP_PREFIX, type FuzzClient, type Received } from "./fuzz-client.ts";
import { RunError, type Connections } from "./connections.ts";
import { errorOutcome, PROBE_EVENT, RUNNER_TIMESTAMP } from "./steps.ts";
import { sleep, waitFor } from "./wait.ts";

/** One connection's share of a round: its log from `start` up to (not including) `end`. */
export interface Window {
  client: FuzzClient;
  start: number;
  end: number;
}

export interface BarrierOptions {
  timeoutMs: number;
  maxRetries: number;
}

const BACKOFF_MS = [25, 50, 100, 200, 400, 800, 1000];
const MAX_CONFLICTS = 5;

/** Raises a barrier and returns each judged connection's window; `late` never got it. */
export async function raiseBarrier(
  conns: Connections,
  options: BarrierOptions,
): Promise<{ windows: Window[]; late: FuzzClient[]; groupId: string }> {
  const sender = conns.barrierSender;
  let conflicts = 0;
  for (let attempt = 0; ; attempt++) {
    const groupId = `${BARRIER_GROUP_PREFIX}${conns.options.tag}-${conns.barrierCount + 1}`;
    const args = [{ groupId, creatorId: sender.userId, timestamp: RUNNER_TIMESTAMP }];
    const from = sender.log.length;
    const judged = conns.judged;
    sender.emit("GROUP_CREATED", args);
    const answer = await waitFor(
      [sender, ...judged],
      () => {
        const error = firstError(sender, from);
        if (error !== undefined) return error;
        if (sender.ended) return "closed";
        return judged.every((c) => c.ended || c.barriers.has(groupId)) ? "arrived" : undefined;
      },
      options.timeoutMs,
    );
    if (answer === "arrived" || answer === undefined) {
      conns.barrierCount++;
      if (answer === undefined) await assertAlive(sender, options.timeoutMs);
      return { ...collect(conns, judged, groupId), groupId };
    }
    if (answer === "closed")
      throw new RunError(`the server closed ${sender.label}, which sends the ordering barriers`);
    const outcome = errorOutcome(answer);
    if (outcome.kind === "rate-limited" && attempt < options.maxRetries) {
      await sleep(BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] as number);
      continue;
    }
    if (
      outcome.kind === "rejected" &&
      outcome.errorCode === "CONFLICT" &&
      ++conflicts < MAX_CONFLICTS
    ) {
      conns.barrierCount++; // someone else has that group: the next id
      continue;
    }
    throw new RunError(
      `the ordering barrier (GROUP_CREATED ${JSON.stringify(args[0])} from ${sender.label}) was not accepted: ${JSON.stringify(answer)}`,
    );
  }
}

function firstError(client: FuzzClient, from: number): Record<string, unknown> | undefined {
  const r = client.log.slice(from).find((x: Received) => x.event === "ERROR_OCCURED");
  return r === undefined ? undefined : ((r.args[0] ?? {}) as Record<string, unknown>);
}

/** The barrier got no answer at all: either some connection missed it, or the server stopped answering. */
async function assertAlive(sender: FuzzClient, timeoutMs: number): Promise<void> {
  const from = sender.log.length;
  sender.emit(PROBE_EVENT, [{}]);
  const alive = await waitFor(
    [sender],
    () =>
      sender.log.slice(from).some((r) => r.event === "ERROR_OCCURED") ||
      (sender.ended ? false : undefined),
    timeoutMs,
  );
  if (alive !== true) {
    throw new RunError(
      `the server stopped answering: the ordering barrier reached no one within ${timeoutMs} ms, and ${sender.label} got no ERROR_OCCURED UNKNOWN_EVENT to an event outside the contract (${PROBE_EVENT}) either`,
    );
  }
}

function collect(
  conns: Connections,
  judged: FuzzClient[],
  groupId: string,
): { windows: Window[]; late: FuzzClient[] } {
  const windows: Window[] = [];
  const late: FuzzClient[] = [];
  for (const client of judged) {
    const start = conns.windowStart.get(client) ?? client.log.length;
    const at = client.barriers.get(groupId);
    if (client.ended) continue; // closed during the round: its lane reports it
    if (at === undefined) late.push(client);
    const end = at ?? client.log.length;
    windows.push({ client, start, end });
    conns.windowStart.set(client, at === undefined ? end : end + 1);
    client.floodBase = end;
    client.roundBytes = 0;
  }
  return { windows, late };
}
