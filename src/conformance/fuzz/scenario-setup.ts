// Before any case: the run's users (ids derived from the seed, so the same seed sends the
// same bytes to a fresh server), their connections, and the group the cases rely on,
// created by the sender with the observer added, with the observer's second device parked
// in its channel. Every setup step waits for its observable effect before the next one.
// A group id a long-lived server already knows (CONFLICT) makes the setup pick the next
// tag and start over.
import type { ScenarioIds } from "./case-model.ts";
import { raiseBarrier } from "./barrier.ts";
import { settleSetupNotifications, type PairWait } from "./notification-pairs.ts";
import { awaitDeliveries } from "./round-deliveries.ts";
import { Connections, RunError, type ConnectionsOptions } from "./connections.ts";
import type { FuzzClient, Received } from "./fuzz-client.ts";
import { observeStep, type Watch } from "./observe-step.ts";
import { effectOf } from "./oracle.ts";
import { deriveSeed } from "./seeds.ts";
import { PROBE_EVENT, RUNNER_TIMESTAMP, step, type Step } from "./steps.ts";
import { toCodePointLength } from "./strings.ts";
import { sleep, waitFor } from "./wait.ts";

export interface RunIdentities extends ScenarioIds {
  observerId: string;
  outsiderId: string;
  /** The connection that sends the ordering barriers. */
  barrierId: string;
}

/** A short tag from the seed: the same seed gives the same ids (and so the same bytes). */
export function tagFor(seed: number, attempt = 0): string {
  return (deriveSeed(seed, "tag", attempt) >>> 0).toString(36).slice(0, 6);
}

/**
 * The run's ids. The sender's id is a boundary value itself: exactly 64 characters (the
 * maximum), with one outside the BMP, so every payload that names the sender carries it.
 */
export function identitiesFor(tag: string): RunIdentities {
  const head = `fz-sender-${tag}-😀-`;
  return {
    tag,
    senderId: head + toCodePointLength("s", 64 - Array.from(head).length),
    observerId: `fz-observer-${tag}`,
    outsiderId: `fz-outsider-${tag}`,
    barrierId: `fz-barrier-${tag}`,
    groupId: `fz-group-${tag}`,
  };
}

type RunSettings = Omit<ConnectionsOptions, keyof RunIdentities>;

// A long-lived server keeps the groups of earlier runs: each run with the same seed takes the next tag.
const MAX_TAG_ATTEMPTS = 20;

/** Opens the connections and sets up the group; throws RunError when the server will not let it. */
export async function setUpRun(
  settings: RunSettings,
  seed: number,
  fixedTag?: string,
  /** Events the scenarios proved the server does not send: not waited for (see LaneOptions). */
  missingEvents: ReadonlyMap<string, string> = new Map(),
  /** The run's one wait for a notification's membership change (notification-pairs.ts). */
  pairWait: PairWait = { waitedInVain: false },
): Promise<{ conns: Connections; ids: RunIdentities }> {
  for (let attempt = 0; attempt < MAX_TAG_ATTEMPTS; attempt++) {
    const ids = identitiesFor(
      fixedTag !== undefined && attempt === 0 ? fixedTag : tagFor(seed, attempt),
    );
    const conns = await Connections.open({ ...settings, ...ids });
    try {
      if (await setUpGroup(conns, ids, missingEvents, pairWait)) return { conns, ids };
    } catch (error) {
      conns.close();
      throw error;
    }
    conns.close();
  }
  throw new RunError(
    `every group id tried for the run already exists on the server (${MAX_TAG_ATTEMPTS} tags)`,
  );
}

/** false when the group already exists (pick another tag). */
async function setUpGroup(
  conns: Connections,
  ids: RunIdentities,
  missingEvents: ReadonlyMap<string, string>,
  pairWait: PairWait,
): Promise<boolean> {
  const sender = conns.senders[0] as FuzzClient;
  const { timeoutMs } = conns.options;
  const watch: Watch = { conns, sender, cursors: new Map(), owned: undefined, timeoutMs };
  const timestamp = RUNNER_TIMESTAMP;
  const { groupId, senderId, observerId } = ids;
  const steps: Step[] = [];
  const created = await runnerStep(watch, steps, missingEvents, "GROUP_CREATED", {
    groupId,
    creatorId: senderId,
    timestamp,
  });
  if (created.outcome?.kind === "rejected" && created.outcome.errorCode === "CONFLICT")
    return false;
  assertAccepted(created);
  assertAccepted(
    await runnerStep(watch, steps, missingEvents, "GROUP_MEMBER_ADDED", {
      groupId,
      userId: observerId,
      timestamp,
    }),
  );
  await parkResident(conns, ids, sender);
  assertAccepted(
    await runnerStep(watch, steps, missingEvents, "USER_CHANGED_GROUP", {
      userId: senderId,
      newChannelId: "general",
      timestamp,
    }),
  );
  await assertProbeAnswered(sender, timeoutMs);
  await awaitDeliveries(conns, steps, timeoutMs);
  const { late, windows } = await raiseBarrier(conns, { timeoutMs, maxRetries: 8 });
  if (late.length > 0)
    throw new RunError(`${late.map((c) => c.label).join(", ")} never received the setup barrier`);
  await settleSetupNotifications(conns, steps, windows, {
    timeoutMs,
    deadline: Number.POSITIVE_INFINITY,
    pairWait,
  });
  return true;
}

async function runnerStep(
  watch: Watch,
  steps: Step[],
  missingEvents: ReadonlyMap<string, string>,
  event: string,
  payload: Record<string, unknown>,
): Promise<Step> {
  const s = step("setup", { event, args: [payload] });
  steps.push(s);
  const effect = effectOf(watch.conns.world, watch.sender.label, event, payload);
  s.deliveries = effect.deliveries.filter((d) => !missingEvents.has(d.event));
  // A server's rate limit may drop a setup step too: it is sent again after a backoff.
  for (let attempt = 0; ; attempt++) {
    s.outcome = await observeStep(watch, s);
    if (s.outcome.kind !== "rate-limited" || attempt >= SETUP_RETRIES) break;
    await sleep(backoffMs(attempt));
  }
  if (s.outcome.kind === "accepted") effect.apply();
  return s;
}

const SETUP_RETRIES = 8;
const backoffMs = (attempt: number) => Math.min(1000, 25 * 2 ** attempt);

function assertAccepted(s: Step): void {
  if (s.outcome?.kind === "accepted") return;
  throw new RunError(
    `setup step ${s.event} ${JSON.stringify(s.args[0])} was not accepted: ${JSON.stringify(s.outcome)} ${JSON.stringify(s.errors[0] ?? "")}`,
  );
}

/**
 * Moves the resident (the observer's second device) into the group's channel, so that a
 * sender moving there has someone to tell. A move into an empty channel tells no one, so
 * the sender moves there too, at the same time: whichever the server handles second is
 * forwarded to the other, which proves both moves done.
 */
async function parkResident(
  conns: Connections,
  ids: RunIdentities,
  sender: FuzzClient,
): Promise<void> {
  const { resident } = conns;
  const move = (client: FuzzClient) => ({
    userId: client.userId,
    newChannelId: ids.groupId,
    timestamp: RUNNER_TIMESTAMP,
  });
  const from = new Map([resident, sender].map((c) => [c, c.log.length]));
  const movedAfter = (client: FuzzClient, other: FuzzClient) =>
    client.log
      .slice(from.get(client))
      .some(
        (r: Received) =>
          r.event === "USER_CHANGED_GROUP" &&
          (r.args[0] as { userId?: unknown })?.userId === other.userId,
      );
  const errorAt = (client: FuzzClient) =>
    client.log.slice(from.get(client)).find((r: Received) => r.event === "ERROR_OCCURED");
  let met: Received | "closed" | "moved" | undefined;
  for (let attempt = 0; ; attempt++) {
    for (const c of [resident, sender]) from.set(c, c.log.length);
    resident.emit("USER_CHANGED_GROUP", [move(resident)]);
    sender.emit("USER_CHANGED_GROUP", [move(sender)]);
    met = await waitFor(
      [resident, sender],
      () => {
        const error = errorAt(resident) ?? errorAt(sender);
        if (error !== undefined || resident.ended || sender.ended) return error ?? "closed";
        return movedAfter(resident, sender) || movedAfter(sender, resident) ? "moved" : undefined;
      },
      conns.options.timeoutMs,
    );
    // Rate-limited: both moves again (a move into the channel one is in is still a move).
    const limited =
      typeof met === "object" &&
      (met.args[0] as { errorCode?: unknown } | undefined)?.errorCode === "RATE_LIMITED";
    if (!limited || attempt >= SETUP_RETRIES) break;
    await sleep(backoffMs(attempt));
  }
  if (met !== "moved") {
    throw new RunError(
      `setup: moving ${resident.label} and ${sender.label} into ${ids.groupId} (USER_CHANGED_GROUP) ${met === undefined ? `was forwarded to neither within ${conns.options.timeoutMs} ms` : `failed: ${JSON.stringify(met)}`}`,
    );
  }
  conns.world.connection(resident.label).channel = ids.groupId;
  conns.world.connection(sender.label).channel = ids.groupId;
}

export const unknownEventNeeded =
  "the fuzzer needs ERROR_OCCURED UNKNOWN_EVENT for an event outside the contract (it tells an event the server dropped from a server that stopped answering)";

/** The server left the probe unanswered for a whole wait (the wire phase need not wait for it either). */
export class ProbeUnanswered extends RunError {
  override name = "ProbeUnanswered";
}

/** Silence is told from a dropped event by a probe: the server must answer an event outside the contract. */
async function assertProbeAnswered(sender: FuzzClient, timeoutMs: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const from = sender.log.length;
    sender.emit(PROBE_EVENT, [{}]);
    // Any ERROR_OCCURED ends the wait: one with another errorCode will not be followed by
    // the right one, and the fuzzer could not read it as the probe's answer either.
    const answer = await waitFor(
      [sender],
      () => sender.log.slice(from).find((r) => r.event === "ERROR_OCCURED"),
      timeoutMs,
    );
    if (answer === undefined)
      throw new ProbeUnanswered(
        `no answer within ${timeoutMs} ms to ${PROBE_EVENT}: ${unknownEventNeeded}`,
      );
    const errorCode = (answer.args[0] as { errorCode?: unknown } | undefined)?.errorCode;
    if (errorCode === "UNKNOWN_EVENT") return;
    // The rate limit is the server's right, even if it should come second: ask again.
    if (errorCode === "RATE_LIMITED" && attempt < PROBE_RETRIES) {
      await sleep(50 * 2 ** attempt);
      continue;
    }
    throw new RunError(
      `${PROBE_EVENT} was answered with ERROR_OCCURED errorCode ${JSON.stringify(errorCode)}: ${unknownEventNeeded}`,
    );
  }
}

const PROBE_RETRIES = 8;
