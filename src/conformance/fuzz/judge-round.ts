// After a round's barrier: every judged connection's window is compared with what the
// round's accepted steps must have delivered (the model's predictions, in any order).
// A notification left over may be another client's (connections.ts); anything else is
// unexpected and belongs to the lane whose steps are forwarded as that
// event (an invalid chunk's event is its own in its round), else to the case it most
// resembles. An
// invalid chunk with anything unexpected is not judged here: its cases are re-run alone,
// one per round, so the barrier after each names the culprit exactly.
import { isDeepStrictEqual } from "node:util";
import { notificationKind, type Connections } from "./connections.ts";
import type { FuzzClient, Received } from "./fuzz-client.ts";
import type { Lane } from "./lane.ts";
import { deliveryMatches, forwardedAs, knowsEvent } from "./oracle.ts";
import { expectedOf, type Expected } from "./round-deliveries.ts";
import type { Window } from "./barrier.ts";
import type { Step } from "./steps.ts";
import type { Verdicts } from "./step-verdicts.ts";
import { brief } from "./verdicts.ts";

interface Stray {
  client: FuzzClient;
  received: Received;
  /** Log position (errors at a sender: tied to the step then out). */
  at: number;
}

/** Judges the round; returns the lanes whose chunk must be re-run alone. */
export function judgeRound(
  conns: Connections,
  verdicts: Verdicts,
  lanes: Lane[],
  windows: Window[],
): Set<Lane> {
  const expected = expectedOf(conns, lanes);
  const strays = new Map<Lane, Stray[]>(lanes.map((l) => [l, []]));
  const allSteps = lanes.flatMap((l) => l.steps);
  for (const { client, start, end } of windows) {
    const mine = expected.filter((e) => e.to === client.label);
    for (let at = start; at < end; at++) {
      const r = client.log[at] as Received;
      if (conns.isNoise(client, at)) continue;
      const match = mine.find((e) => !e.matched && deliveryMatches(e, r));
      if (match !== undefined) {
        match.matched = true;
        verdicts.checkSchema(client.label, r, match.source.fuzzCase);
      } else if (!conns.excuseNotification(client, at) && !unpredictable(r, allSteps)) {
        const owner = ownerOf(lanes, client, r);
        if (owner !== undefined) strays.get(owner)?.push({ client, received: r, at });
        else unexplained(verdicts, client, r);
      }
    }
  }
  const rerun = new Set<Lane>();
  for (const lane of lanes) {
    const own = strays.get(lane) ?? [];
    if (
      !lane.chunk.alone &&
      lane.chunk.kind === "invalid" &&
      (own.length > 0 || lane.stopped === "forwarded")
    ) {
      rerun.add(lane);
      continue;
    }
    judgeLane(conns, verdicts, lane, own);
  }
  for (const e of expected)
    if (!e.matched && !rerun.has(laneOf(lanes, e.source) as Lane)) missed(verdicts, e);
  return rerun;
}

/** The lane whose delivery this is: its sender's stray error, the event it owns, or the case it most resembles. */
function ownerOf(lanes: Lane[], client: FuzzClient, r: Received): Lane | undefined {
  if (r.event === "ERROR_OCCURED") {
    const own = lanes.find((l) => l.sender === client);
    if (own !== undefined) return own;
  }
  // A notification tells of a membership change: the lane sending that kind caused it.
  const kind = isNotification(r) ? notificationKind(r) : r.event;
  const owners = lanes.filter(
    (l) => l.chunk.alone || l.chunk.types.has(r.event) || l.chunk.types.has(String(kind)),
  );
  // A notification names only a user: among the lanes that could have caused it, the one
  // whose own connection got it (a server telling the actor) is the likeliest.
  const atItsSender = isNotification(r) ? owners.find((l) => l.sender === client) : undefined;
  if (atItsSender !== undefined) return atItsSender;
  if (owners.length === 1) return owners[0];
  const best = mostResembling(
    (owners.length > 0 ? owners : lanes).flatMap((l) => l.steps),
    r,
  );
  return best && laneOf(lanes, best);
}

function laneOf(lanes: Lane[], s: Step): Lane | undefined {
  return lanes.find((l) => l.steps.includes(s));
}

function judgeLane(conns: Connections, verdicts: Verdicts, lane: Lane, strays: Stray[]): void {
  // A stray error at the lane's sender is a late reply to the step out when it came.
  for (const stray of strays) {
    if (stray.client !== lane.sender || stray.received.event !== "ERROR_OCCURED") continue;
    const mine = lane.steps.filter((x) => x.sender === lane.sender.label);
    const s = mine.filter((x) => x.sentAt <= stray.at).at(-1);
    if (s !== undefined) s.errors.push((stray.received.args[0] ?? {}) as Record<string, unknown>);
  }
  for (const s of lane.steps) verdicts.judgeStep(s);
  for (const stray of strays) {
    const lateError = stray.client === lane.sender && stray.received.event === "ERROR_OCCURED";
    if (lateError) continue;
    if (isNotification(stray.received)) blameNotification(conns, verdicts, lane, stray);
    else blame(verdicts, lane, stray);
  }
}

/** Blames a delivery no accepted step explains on the lane's case it most resembles. */
function blame(verdicts: Verdicts, lane: Lane, { client, received: r }: Stray): void {
  const best = mostResembling(lane.steps, r);
  const c = best?.fuzzCase;
  if (c === undefined) return unexplained(verdicts, client, r);
  const who = client === lane.sender ? "the sender itself" : client.label;
  const check = c.kind === "invalid" ? "fuzz-invalid-not-forwarded" : "fuzz-valid-forwarded";
  verdicts.fail(
    c,
    check,
    `${who} received ${r.event} ${brief(r.args)}, which no accepted step explains`,
    {
      client: client.label,
      received: r.args,
    },
  );
}

/**
 * A notification no step explains names only a user and a kind: no resemblance tells
 * whose it is. At the lane's own sender, with no other client's membership change ever
 * seen there, a server telling the actor sent it while handling the step out when it
 * came or the one before: if only one of them is of its kind, that case is blamed.
 * Otherwise, or behind a bot (which of several notifications is the extra one cannot be
 * told), one failure names the suspects, and no case is marked failed for it.
 */
function blameNotification(
  conns: Connections,
  verdicts: Verdicts,
  lane: Lane,
  { client, received: r, at }: Stray,
): void {
  const who = client === lane.sender ? "the sender itself" : client.label;
  const check =
    lane.chunk.kind === "invalid" ? "fuzz-invalid-not-forwarded" : "fuzz-valid-forwarded";
  const kind = String(notificationKind(r));
  const message = `${who} received ${r.event} ${brief(r.args)}, which no accepted step explains`;
  let cases: string[];
  let why: string;
  if (client === lane.sender && !conns.sawForeignChanges(client)) {
    // The step out when it came, or the one before it (whose effect was seen before the
    // notification, sent to another connection, arrived): those of its kind are suspects.
    const around = lane.steps
      .filter((s) => s.sender === lane.sender.label && s.sentAt <= at)
      .slice(-2)
      .filter((s) => s.event === kind);
    cases = [...new Set(around.flatMap((s) => s.fuzzCase?.id ?? []))];
    why = "it came while one of two steps could have caused it";
  } else {
    const ofKind = lane.steps.filter((s) => s.event === kind && s.outcome?.kind === "accepted");
    cases = [
      ...new Set((ofKind.length > 0 ? ofKind : lane.steps).flatMap((s) => s.fuzzCase?.id ?? [])),
    ];
    why = "other clients changed that user's memberships too";
  }
  const culprit =
    cases.length === 1 ? lane.steps.find((s) => s.fuzzCase?.id === cases[0]) : undefined;
  if (culprit?.fuzzCase !== undefined) {
    verdicts.fail(culprit.fuzzCase, check, message, { client: client.label, received: r.args });
    return;
  }
  verdicts.runFailures.push({
    check,
    event: lane.chunk.event,
    client: client.label,
    message: `${message}; a notification names only a user and a kind, and ${why}, so the case cannot be singled out: one of ${cases.join(", ") || "the round's cases"} (--fuzz-case ID replays one)`,
    received: r.args,
  });
}

function unexplained(verdicts: Verdicts, client: FuzzClient, r: Received): void {
  verdicts.runFailures.push({
    check: "fuzz-invalid-not-forwarded",
    client: client.label,
    event: r.event,
    message: `${client.label} received ${r.event} ${brief(r.args)}, which no step of the run explains`,
    received: r.args,
  });
}

function missed(verdicts: Verdicts, e: Expected): void {
  const c = e.source.fuzzCase;
  const message = `${e.to} did not receive ${e.event} ${brief(e.payload)}`;
  if (c !== undefined) {
    verdicts.fail(c, "fuzz-valid-forwarded", message, { client: e.to, expected: e.payload });
    return;
  }
  verdicts.runFailures.push({
    check: "fuzz-valid-forwarded",
    event: e.source.event,
    client: e.to,
    message: `after the runner's ${e.source.role} step: ${message}`,
    sent: e.source.args,
  });
}

/** A forward of an event the model does not know (new in the contract): judged on acceptance only. */
function unpredictable(r: Received, steps: Step[]): boolean {
  return steps.some(
    (s) =>
      !knowsEvent(s.event) && s.outcome?.kind === "accepted" && forwardedAs(s.event) === r.event,
  );
}

function mostResembling(steps: Step[], r: Received): Step | undefined {
  let best: Step | undefined;
  let bestScore = -1;
  for (const s of steps) {
    if (s.role !== "case" || s.fuzzCase === undefined) continue;
    const score = resemblance(r, s);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best;
}

/** How much a received event looks like the forward of a step: same event, same field values. */
function resemblance(r: Received, s: Step): number {
  let score = r.event === forwardedAs(s.event) ? 10 : 0;
  if (s.outcome?.kind === "forwarded") score += 5;
  const got = r.args[0];
  const sent = s.args[0];
  if (typeof got === "object" && got !== null && typeof sent === "object" && sent !== null) {
    for (const [key, value] of Object.entries(got)) {
      if (key !== "timestamp" && isDeepStrictEqual((sent as Record<string, unknown>)[key], value))
        score += 1;
    }
  } else if (isDeepStrictEqual(got, sent)) score += 3;
  return score;
}

function isNotification(r: Received): boolean {
  return r.event === "NOTIFICATION_RECEIVED";
}
