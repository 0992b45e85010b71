// Running steps on one sender with ordering probes: after each step the sender emits an
// event the contract does not have, which the server must answer with ERROR_OCCURED
// UNKNOWN_EVENT (checked before the rate limit, so probes cost no tokens). Socket.IO
// processes one connection's packets in order, so everything the sender receives between
// two probe answers belongs to the step between them: that is the step's outcome, with
// no quiet period to wait out.
import type { FuzzCase, FuzzStep } from "./case-model.ts";
import type { FuzzClient, Received } from "./fuzz-client.ts";

export const PROBE_EVENT = "FUZZ_ORDERING_PROBE";

/**
 * The timestamp of the runner's own steps (setup, teardown, barriers). Servers stamp what
 * they emit with their own clock; a fixed value keeps a run's traffic the same bytes for
 * the same seed.
 */
export const RUNNER_TIMESTAMP = "2026-01-01T00:00:00.000Z";

export type StepRole = "setup" | "case" | "teardown" | "barrier";

export type Outcome =
  | { kind: "accepted" }
  | { kind: "rejected"; errorCode: string; errorMessage: string }
  | { kind: "rate-limited" }
  /** No probe answer: the connection closed (`closed` set) or the server fell silent. */
  | { kind: "unanswered"; closed: string | undefined };

export interface Step extends FuzzStep {
  role: StepRole;
  /** The case this step belongs to (setup and case steps). */
  fuzzCase?: FuzzCase;
  outcome?: Outcome;
  /** Every ERROR_OCCURED payload in the step's window. */
  errors: Record<string, unknown>[];
  /** Anything else the sender received in the step's window. */
  extras: Received[];
}

export function step(role: StepRole, from: FuzzStep, fuzzCase?: FuzzCase): Step {
  return {
    role,
    event: from.event,
    args: from.args,
    errors: [],
    extras: [],
    ...(fuzzCase ? { fuzzCase } : {}),
  };
}

/** Presence of users outside the run (other suites, other clients) is not the fuzzer's business. */
export function isForeignPresence(received: Received, runUsers: ReadonlySet<string>): boolean {
  if (received.event !== "USER_CONNECTED" && received.event !== "USER_DISCONNECTED") return false;
  const userId = (received.args[0] as Record<string, unknown> | undefined)?.["userId"];
  return typeof userId !== "string" || !runUsers.has(userId);
}

/** Waits until `need` probe answers arrived, as long as each next one comes within `timeoutMs`. */
async function awaitAnswers(sender: FuzzClient, need: number, timeoutMs: number): Promise<void> {
  while (sender.probeAnswers.length < need) {
    const have = sender.probeAnswers.length;
    const progressed = await sender.until(() => sender.probeAnswers.length > have, timeoutMs);
    if (!progressed) return;
  }
}

/**
 * Emits every step, each followed by a probe, all at once (pipelined), then reads each
 * step's window. Steps after the last answered probe get `unanswered`.
 */
export async function runSteps(
  sender: FuzzClient,
  steps: Step[],
  timeoutMs: number,
  runUsers: ReadonlySet<string>,
): Promise<void> {
  const base = sender.probeAnswers.length;
  let start = sender.log.length;
  for (const s of steps) {
    sender.emit(s.event, s.args);
    sender.emit(PROBE_EVENT, [{}]);
  }
  await awaitAnswers(sender, base + steps.length, timeoutMs);
  steps.forEach((s, i) => {
    const end = sender.probeAnswers[base + i];
    if (end === undefined) {
      s.outcome = { kind: "unanswered", closed: sender.closedReason };
      return;
    }
    for (const received of sender.log.slice(start, end)) {
      if (received.event === "ERROR_OCCURED")
        s.errors.push((received.args[0] ?? {}) as Record<string, unknown>);
      else if (!isForeignPresence(received, runUsers)) s.extras.push(received);
    }
    s.outcome = outcomeOf(s.errors);
    start = end + 1;
  });
}

function outcomeOf(errors: Record<string, unknown>[]): Outcome {
  const first = errors[0];
  if (first === undefined) return { kind: "accepted" };
  if (first["errorCode"] === "RATE_LIMITED") return { kind: "rate-limited" };
  return {
    kind: "rejected",
    errorCode: String(first["errorCode"]),
    errorMessage: String(first["errorMessage"]),
  };
}
