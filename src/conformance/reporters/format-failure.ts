// One violation, or one group of them, as lines of text, shared by the console and JUnit
// reporters.
import { isTruncated } from "../bounded-value.ts";
import type { Failure, FailureGroup } from "../results.ts";

const MAX_VALUE_CHARS = 200;

/** A value as JSON, cut to a readable length; a value the report already cut says its real size. */
export function show(value: unknown): string {
  if (value === undefined) return "(absent)";
  if (isTruncated(value))
    return `${value.preview.slice(0, MAX_VALUE_CHARS)}… (${value.size} chars in all)`;
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
export function title(failure: Pick<Failure, "event" | "check">): string {
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

/** "×12 · alice#1, bob#1 (+3)": how often a group happened and whom it hit. */
export function groupTally(group: FailureGroup, maxClients = 4): string {
  const count = group.count > 1 ? `×${group.count}` : "once";
  if (group.clients.length === 0) return count;
  const shown = group.clients.slice(0, maxClients).join(", ");
  const rest = group.clients.length - maxClients;
  return `${count} · ${shown}${rest > 0 ? ` (+${rest})` : ""}`;
}
