// Before any case: the run's users (ids derived from the seed, so the same seed sends the
// same bytes to a fresh server), their connections, and the group the cases rely on,
// created by the sender with the observer added. A group id a long-lived server already
// knows (CONFLICT) makes the setup pick the next tag and start over.
import type { ScenarioIds } from "./case-model.ts";
import { Lane, LaneError, type LaneOptions } from "./lane.ts";
import { effectOf } from "./oracle.ts";
import { deriveSeed } from "./seeds.ts";
import { PROBE_EVENT, RUNNER_TIMESTAMP, step } from "./steps.ts";
import { toCodePointLength } from "./strings.ts";

export interface RunIdentities extends ScenarioIds {
  observerId: string;
  outsiderId: string;
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
    groupId: `fz-group-${tag}`,
  };
}

type LaneSettings = Omit<LaneOptions, "senderId" | "observerId" | "outsiderId" | "tag">;

const MAX_TAG_ATTEMPTS = 5;

/** Opens the connections and creates the group; throws LaneError when the server will not let it. */
export async function setUpLane(
  settings: LaneSettings,
  seed: number,
  fixedTag?: string,
): Promise<{ lane: Lane; ids: RunIdentities }> {
  for (let attempt = 0; attempt < MAX_TAG_ATTEMPTS; attempt++) {
    const ids = identitiesFor(
      fixedTag !== undefined && attempt === 0 ? fixedTag : tagFor(seed, attempt),
    );
    const lane = await Lane.open({ ...settings, ...ids });
    try {
      if (await createGroup(lane, ids)) return { lane, ids };
    } catch (error) {
      lane.close();
      throw error;
    }
    lane.close();
  }
  throw new LaneError(
    `every group id tried for the run already exists on the server (${MAX_TAG_ATTEMPTS} tags)`,
  );
}

/** false when the group already exists (pick another tag). */
async function createGroup(lane: Lane, ids: RunIdentities): Promise<boolean> {
  const sender = lane.nextSender();
  const timestamp = RUNNER_TIMESTAMP;
  const steps = [
    step("setup", {
      event: "GROUP_CREATED",
      args: [{ groupId: ids.groupId, creatorId: ids.senderId, timestamp }],
    }),
    step("setup", {
      event: "GROUP_MEMBER_ADDED",
      args: [{ groupId: ids.groupId, userId: ids.observerId, timestamp }],
    }),
  ];
  await lane.run(sender, steps);
  const [created] = steps;
  if (created?.outcome?.kind === "rejected" && created.outcome.errorCode === "CONFLICT")
    return false;
  for (const s of steps) {
    if (s.outcome?.kind === "unanswered" && s.outcome.closed === undefined) {
      throw new LaneError(
        `no answer within ${lane.options.timeoutMs} ms to the ordering probe after ${s.event}: the fuzzer needs ERROR_OCCURED UNKNOWN_EVENT for an event outside the contract (${PROBE_EVENT})`,
      );
    }
    if (s.outcome?.kind !== "accepted") {
      throw new LaneError(
        `setup step ${s.event} ${JSON.stringify(s.args[0])} was not accepted: ${JSON.stringify(s.outcome)} ${JSON.stringify(s.errors[0] ?? "")}`,
      );
    }
    effectOf(lane.world, sender.label, s.event, s.args[0]).apply();
  }
  const closing = lane.closingSteps(sender);
  await lane.run(sender, closing);
  const barrier = closing.at(-1);
  if (barrier?.outcome?.kind !== "accepted")
    throw new LaneError(
      `the setup barrier (a valid MESSAGE_SENT) was not accepted: ${JSON.stringify(barrier?.errors[0])}`,
    );
  const { late } = await lane.collectWindows(sender, barrier);
  if (late.length > 0)
    throw new LaneError(`${late.map((c) => c.label).join(", ")} never received the setup barrier`);
  return true;
}
