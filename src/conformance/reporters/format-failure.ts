// One violation as lines of text, shared by the console and JUnit reporters.
import type { Failure } from "../results.ts";

const MAX_VALUE_CHARS = 200;

/** A value as JSON, cut to a readable length. */
export function show(value: unknown): string {
  if (value === undefined) return "(absent)";
  let text: string;
  try {
    text =
      typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}

/** "MESSAGE_RECEIVED · payload-matches-schema" */
export function title(failure: Failure): string {
  return `${failure.event ?? "(no event)"} · ${failure.check}`;
}

/** The labelled detail lines: where, what was expected and received, which step, how to reproduce. */
export function detailLines(failure: Failure): [string, string][] {
  const lines: [string, string][] = [["what", failure.message]];
  if (failure.instancePath !== undefined) {
    const path = failure.instancePath === "" ? "(payload)" : failure.instancePath;
    lines.push(["path", failure.keyword === undefined ? path : `${path} (${failure.keyword})`]);
  }
  if (failure.expected !== undefined) lines.push(["expected", show(failure.expected)]);
  if ("received" in failure) lines.push(["received", show(failure.received)]);
  if (failure.step !== undefined) {
    lines.push([
      "step",
      failure.scenario === undefined ? failure.step : `${failure.step} (${failure.scenario})`,
    ]);
  }
  if (failure.client !== undefined) lines.push(["client", failure.client]);
  if (failure.sent !== undefined) lines.push(["sent", show(failure.sent)]);
  if (failure.reproduce !== undefined) lines.push(["reproduce", failure.reproduce]);
  return lines;
}

export interface FailureGroup {
  /** The representative: the first one with a scenario step, else the first. */
  failure: Failure;
  count: number;
  clients: string[];
  /** How many different received values the group holds. */
  receivedValues: number;
}

/**
 * Identical violations seen by several clients (or frames) are shown once, with a count.
 * Schema violations group on where and what broke, not on the value received: one broken
 * field seen in 300 fuzz-round frames is one finding, with a representative value.
 */
export function groupFailures(failures: readonly Failure[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup & { values: Set<string> }>();
  for (const failure of failures) {
    const isSchemaViolation = failure.keyword !== undefined;
    const key = show([
      failure.event,
      failure.check,
      failure.instancePath,
      failure.keyword,
      failure.message,
      failure.expected,
      isSchemaViolation ? null : failure.received,
    ]);
    const value = show(failure.received);
    const group = groups.get(key);
    if (group === undefined) {
      const clients = failure.client === undefined ? [] : [failure.client];
      groups.set(key, { failure, count: 1, clients, receivedValues: 1, values: new Set([value]) });
      continue;
    }
    group.count += 1;
    group.values.add(value);
    group.receivedValues = group.values.size;
    if (group.failure.step === undefined && failure.step !== undefined) group.failure = failure;
    if (failure.client !== undefined && !group.clients.includes(failure.client))
      group.clients.push(failure.client);
  }
  return [...groups.values()].map(({ values: _values, ...group }) => group);
}
