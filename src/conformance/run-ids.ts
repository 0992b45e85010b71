// The ids one run uses: a random suffix on every user and group, so runs against a
// long-lived server never meet each other's state (groups that exist, users online).
import { randomBytes } from "node:crypto";

/** The users, group and missing channel of one run. */
export interface RunIds {
  run: string;
  alice: string;
  bob: string;
  /** The user whose events the server must reject. */
  mallory: string;
  /** A user who is never let in (rejected handshakes). */
  eve: string;
  group: string;
  /** A channel that does not exist. */
  missingChannel: string;
}

export function randomRunId(): string {
  return randomBytes(3).toString("hex");
}

export function runIds(run: string): RunIds {
  return {
    run,
    alice: `alice-${run}`,
    bob: `bob-${run}`,
    mallory: `mallory-${run}`,
    eve: `eve-${run}`,
    group: `group-${run}`,
    missingChannel: `nowhere-${run}`,
  };
}
