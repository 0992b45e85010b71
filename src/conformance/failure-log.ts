// Every failure of a run, grouped as it arrives by (event, check, rule): one broken field
// seen in 300 frames is one finding with a count, the clients it hit and a few examples.
// Memory is bounded whatever the server sends (issue 11): a group keeps at most
// MAX_EXAMPLES failures, with large values cut (bounded-value.ts), and the log at most
// MAX_GROUPS groups; what does not fit is counted, not stored.
import { isContractEvent } from "../contract/index.ts";
import { boundValue } from "./bounded-value.ts";
import type { Failure, FailureGroup } from "./results.ts";

export const MAX_EXAMPLES = 5;
export const MAX_GROUPS = 200;
const MAX_CLIENTS = 50;
const MAX_MESSAGE_CHARS = 1000;
const MAX_SENT_CHARS = 64 * 1024;

/** A fuzz case's message starts with its id (and a wire case's with its description). */
const CASE_PREFIX = /^(wire\/\S+ \([^)]*\)|[\w-]+\/(valid|invalid)\/\S+): /;

/** The rule a message states: case ids, client labels and run ids vary per occurrence. */
function ruleOfMessage(message: string, runId: string | undefined): string {
  const withoutRun = runId === undefined ? message : message.split(`-${runId}`).join("-RUN");
  return (
    withoutRun
      .replace(CASE_PREFIX, "")
      // A value quoted in the message (JSON, maybe cut to "… (N chars)") is what varies.
      .replace(/[[{].*(… \(\d+ chars\)|[\]}])/g, "…")
      .replace(/\b[\w-]+#\d+\b/g, "CLIENT")
      .replace(/\b(fz|fuzz)-[\w-]+/g, "ID")
  );
}

/** What a failure breaks: the schema path and keyword, or the rule its message states. */
export function ruleOf(failure: Failure, runId?: string): string {
  if (failure.rule !== undefined) return failure.rule;
  // A fuzz case's keyword names the rule the case exercised, not what went wrong: 30 valid
  // cases the server mishandles the same way are one failure, whatever rules they walk.
  if (failure.keyword !== undefined && !CASE_PREFIX.test(failure.message)) {
    const path =
      failure.instancePath === undefined || failure.instancePath === "" ? "" : failure.instancePath;
    return `${path || "(payload)"} ${failure.keyword}`;
  }
  return ruleOfMessage(failure.message, runId);
}

/** The failure with every value a server could make large cut to a bounded size. */
export function boundFailure(failure: Failure): Failure {
  const { message } = failure;
  const bounded: Failure = {
    ...failure,
    message:
      message.length > MAX_MESSAGE_CHARS
        ? `${message.slice(0, MAX_MESSAGE_CHARS)}… (${message.length} chars)`
        : message,
  };
  if ("received" in failure) bounded.received = boundValue(failure.received);
  // What the suite sent is bounded by the contract's own limits; it is kept far more fully.
  if (failure.sent !== undefined) bounded.sent = boundValue(failure.sent, MAX_SENT_CHARS);
  if (failure.expected !== undefined) bounded.expected = boundValue(failure.expected);
  return bounded;
}

/**
 * The event of every group about events the contract does not have: a server flooding
 * a thousand made-up event names has one failure, not a thousand.
 */
export const UNDOCUMENTED_EVENT = "(not in the contract)";

export class FailureLog {
  private readonly byKey = new Map<string, FailureGroup>();
  /** Failures whose group did not fit (past MAX_GROUPS): counted only. */
  overflow = 0;

  constructor(
    private readonly maxExamples = MAX_EXAMPLES,
    private readonly maxGroups = MAX_GROUPS,
    /** The run's id suffix (alice-RUN): rules read the same from one run to the next. */
    private readonly runId?: string,
  ) {}

  /**
   * Adds one failure; returns the bounded copy when the log keeps it as an example, and
   * whether it opened a new group (a new distinct failure: what --max-failures counts).
   */
  add(failure: Failure): { kept: Failure | undefined; isNew: boolean } {
    const undocumented = failure.event !== undefined && !isContractEvent(failure.event);
    const event = undocumented ? UNDOCUMENTED_EVENT : failure.event;
    let rule = ruleOf(failure, this.runId);
    if (undocumented) rule = rule.split(failure.event as string).join("EVENT");
    const key = JSON.stringify([event ?? null, failure.check, rule]);
    let group = this.byKey.get(key);
    const isNew = group === undefined;
    if (group === undefined) {
      if (this.byKey.size >= this.maxGroups) {
        this.overflow += 1;
        return { kept: undefined, isNew: false };
      }
      group = {
        check: failure.check,
        ...(event === undefined ? {} : { event }),
        rule,
        count: 0,
        clients: [],
        scenarios: {},
        first: boundFailure(failure),
        examples: [],
      };
      this.byKey.set(key, group);
    }
    group.count += 1;
    if (failure.client !== undefined && !group.clients.includes(failure.client)) {
      if (group.clients.length < MAX_CLIENTS) group.clients.push(failure.client);
    }
    if (failure.scenario !== undefined)
      group.scenarios[failure.scenario] = (group.scenarios[failure.scenario] ?? 0) + 1;
    // The first example that names the scenario step tells the most: it becomes `first`.
    if (group.first.step === undefined && failure.step !== undefined)
      group.first = boundFailure(failure);
    if (group.examples.length < this.maxExamples) {
      const kept = isNew ? group.first : boundFailure(failure);
      group.examples.push(kept);
      return { kept, isNew };
    }
    // Past the examples, the first occurrence in each scenario is still kept (outside the
    // group's examples), so that every scenario it happened in has one to show: bounded
    // by groups x scenarios.
    const firstInScenario =
      failure.scenario !== undefined && group.scenarios[failure.scenario] === 1;
    return { kept: firstInScenario ? boundFailure(failure) : undefined, isNew };
  }

  /** Takes over a group built elsewhere (another phase's log), unless its key is taken. */
  adopt(group: FailureGroup): void {
    const key = JSON.stringify([group.event ?? null, group.check, group.rule]);
    if (!this.byKey.has(key)) this.byKey.set(key, group);
  }

  get size(): number {
    return this.byKey.size;
  }

  /**
   * Root causes first: the groups that explain the most failures, then in order of
   * discovery. A frame the server sent wrong (a check in `frameChecks`) explains its own
   * occurrences and every other failure that names its event (a wait for that event that
   * then failed); any other group explains its own.
   */
  groups(frameChecks: ReadonlySet<string> = new Set()): FailureGroup[] {
    const all = [...this.byKey.values()];
    const explains = (group: FailureGroup): number => {
      const event = group.event;
      if (!frameChecks.has(group.check) || event === undefined || !isContractEvent(event))
        return group.count;
      const mentions = new RegExp(`\\b${event}\\b`);
      return all.reduce(
        (sum, other) =>
          other !== group && !frameChecks.has(other.check) && mentions.test(other.rule)
            ? sum + other.count
            : sum,
        group.count,
      );
    };
    return all
      .map((group, order) => ({ group, order, explained: explains(group) }))
      .sort(
        (a, b) => b.explained - a.explained || b.group.count - a.group.count || a.order - b.order,
      )
      .map(({ group, explained }) => {
        if (explained !== group.count) group.explains = explained;
        return group;
      });
  }
}
