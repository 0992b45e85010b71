// What the fuzzer generates: cases as plain data (JSON-stable, so the same seed gives the
// same bytes), and the scenario identifiers they are bound to.

export type FuzzKind = "valid" | "invalid";

/** One emission: an event name and exactly the arguments that follow it on the wire. */
export interface FuzzStep {
  event: string;
  args: unknown[];
}

export interface FuzzCase {
  /** Stable: `MESSAGE_SENT/invalid/maxLength:/message/0`, `USER_CHANGED_GROUP/valid/random/3`. */
  id: string;
  event: string;
  kind: FuzzKind;
  /** The rule the case exercises: `maxLength:/message`, `arguments:0`, `enum=busy:/newStatus`, `random`. */
  rule: string;
  /** The keyword chain the case breaks (invalid) or exercises (valid boundary); [] for `random`. */
  keywords: string[];
  /** Where in the payload the rule applies ("" for the payload itself). */
  instancePath: string;
  /** Exactly what is emitted after the event name: normally one payload, never a function. */
  args: unknown[];
  /** Valid steps the case needs first (a member to remove must have been added). */
  setup: FuzzStep[];
}

/** The identities a run's cases are bound to; the runner creates them before the cases. */
export interface ScenarioIds {
  /** The sending user: every `userId`/`creatorId` that must be the sender's own. */
  senderId: string;
  /** A group the sender created (and so belongs to), for membership and channel events. */
  groupId: string;
  /** A short run-specific mark that keeps generated group and user ids new on a shared server. */
  tag: string;
}

export function caseId(event: string, kind: FuzzKind, rule: string, index: number): string {
  return `${event}/${kind}/${rule}/${index}`;
}

/** `MESSAGE_SENT/invalid/maxLength:/message/0` -> its parts; undefined when malformed. */
export function parseCaseId(
  id: string,
): { event: string; kind: FuzzKind; rule: string; index: number } | undefined {
  const match = /^([^/]+)\/(valid|invalid)\/(.+)\/(\d+)$/.exec(id);
  if (match === null) return undefined;
  const [, event, kind, rule, index] = match as unknown as [
    string,
    string,
    FuzzKind,
    string,
    string,
  ];
  return { event, kind, rule, index: Number(index) };
}
