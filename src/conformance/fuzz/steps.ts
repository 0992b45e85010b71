// One emission of the run and what became of it. A server may handle one connection's
// events in any order (python-socketio runs each in its own task), so a step's outcome is
// never read from its position among other replies: each step is sent alone on its lane
// and its outcome is the first observable effect it has (see observe-step.ts).
import type { FuzzCase, FuzzStep } from "./case-model.ts";
import type { Received } from "./fuzz-client.ts";
import type { Delivery } from "./oracle.ts";

/**
 * An event outside the contract: the server must answer it with ERROR_OCCURED
 * UNKNOWN_EVENT (before the rate limit, so it costs no tokens). Sent only after a step got
 * no answer at all, to tell "this event was dropped" from "the server stopped answering".
 */
export const PROBE_EVENT = "FUZZ_LIVENESS_PROBE";

/**
 * The timestamp of the runner's own steps (setup, teardown, barriers). Servers stamp what
 * they emit with their own clock; a fixed value keeps a run's traffic the same bytes for
 * the same seed.
 */
export const RUNNER_TIMESTAMP = "2026-01-01T00:00:00.000Z";

export type StepRole = "setup" | "case" | "teardown";

export type Outcome =
  /**
   * A recipient got the forward the model predicts (`forward`), or a frame of its event
   * that breaks the contract (`broken`), or, with no recipient to watch, no ERROR_OCCURED
   * came while the server went on answering (`no-error`).
   */
  | { kind: "accepted"; via: "forward" | "broken" | "no-error" }
  /** An invalid payload: something of its kind reached a connection, and no ERROR_OCCURED came first. */
  | { kind: "forwarded"; client: string; received: Received }
  | { kind: "rejected"; errorCode: string; errorMessage: string }
  /** RATE_LIMITED on every try. */
  | { kind: "rate-limited" }
  /** The server closed the sender's connection while the step was out. */
  | { kind: "closed"; reason: string }
  /**
   * Nothing at all within the timeout, while the server still answered a probe.
   * `setAside`: a frame of the awaited event that did reach the witness but named none of
   * the run's ids, so it was taken for another client's (a server that mangles ids).
   */
  | { kind: "silent"; setAside?: Received };

export interface Step extends FuzzStep {
  role: StepRole;
  /** The case this step belongs to (setup and case steps). */
  fuzzCase?: FuzzCase;
  outcome?: Outcome;
  /** The label of the connection that sent it. */
  sender?: string;
  /** The sender's log length when the step (its last try) went out. */
  sentAt: number;
  /** Times it was sent (more than 1: the rate limit dropped it before). */
  tries: number;
  /** ERROR_OCCURED payloads the sender got for the step's last try. */
  errors: Record<string, unknown>[];
  /** What the model predicts once it is accepted: judged at the round's barrier. */
  deliveries: Delivery[];
}

export function step(role: StepRole, from: FuzzStep, fuzzCase?: FuzzCase): Step {
  return {
    role,
    event: from.event,
    args: from.args,
    sentAt: 0,
    tries: 0,
    errors: [],
    deliveries: [],
    ...(fuzzCase ? { fuzzCase } : {}),
  };
}

/** Presence of users outside the run (other suites, other clients) is not the fuzzer's business. */
export function isForeignPresence(received: Received, runUsers: ReadonlySet<string>): boolean {
  if (received.event !== "USER_CONNECTED" && received.event !== "USER_DISCONNECTED") return false;
  const userId = (received.args[0] as Record<string, unknown> | undefined)?.["userId"];
  return typeof userId !== "string" || !runUsers.has(userId);
}

/** The payload fields that name a user, a group or a channel. */
const ID_FIELDS = ["userId", "creatorId", "groupId", "newChannelId"] as const;

/** The ids a payload names (`newChannelId` as a string or as `{ id }`). */
export function idsIn(payload: unknown): string[] {
  if (typeof payload !== "object" || payload === null) return [];
  const ids: string[] = [];
  for (const field of ID_FIELDS) {
    let value = (payload as Record<string, unknown>)[field];
    if (typeof value === "object" && value !== null) value = (value as { id?: unknown }).id;
    if (typeof value === "string") ids.push(value);
  }
  return ids;
}

/**
 * Traffic of other clients on a shared server (another suite, a user chatting): a frame
 * that names ids, none of which the run's users and steps ever named. Whatever the run
 * causes names at least one of them, a broken server's forward of an invalid payload
 * included (it carries what the step sent); a frame naming no id at all (an invalid
 * payload without its userId, say, or an ERROR_OCCURED) is never taken for foreign.
 */
export function isForeign(
  received: Received,
  ownIds: ReadonlySet<string>,
  connectedUsers: ReadonlySet<string>,
): boolean {
  if (received.event === "ERROR_OCCURED") return false;
  if (isMembership(received.event)) {
    // Every membership change the run makes is in a group it named. Another user may add
    // one of the run's connected users to a group of theirs (a bot welcoming whoever
    // connects); the users the cases make up never connect, so a change naming one of
    // them in another group (a leaked or copied step) stays the run's to judge.
    const payload = received.args[0] as Record<string, unknown> | undefined;
    const groupId = payload?.["groupId"];
    const userId = payload?.["userId"];
    if (typeof groupId === "string" && !ownIds.has(groupId) && typeof userId === "string")
      if (connectedUsers.has(userId)) return true;
  }
  const ids = idsIn(received.args[0]);
  return ids.length > 0 && ids.every((id) => !ownIds.has(id));
}

export function isMembership(event: string): boolean {
  return event === "GROUP_MEMBER_ADDED" || event === "GROUP_MEMBER_REMOVED";
}

export function errorOutcome(error: Record<string, unknown>): Outcome {
  if (error["errorCode"] === "RATE_LIMITED") return { kind: "rate-limited" };
  return {
    kind: "rejected",
    errorCode: String(error["errorCode"]),
    errorMessage: String(error["errorMessage"]),
  };
}
