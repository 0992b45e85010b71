// Reporters list what needs a person first: breaking, then undecided, then the rest.
import type { Change, ChangeKind } from "./model.ts";

const RANK: Record<ChangeKind, number> = { breaking: 0, undecided: 1, "non-breaking": 2 };

export function byImportance(changes: readonly Change[]): Change[] {
  return [...changes].sort((a, b) => RANK[a.kind] - RANK[b.kind]);
}

export function countLine(changes: readonly Change[]): string {
  const count = (kind: ChangeKind) => changes.filter((c) => c.kind === kind).length;
  return `${count("breaking")} breaking, ${count("undecided")} undecided, ${count("non-breaking")} non-breaking`;
}

/** Short JSON for a table cell or a console line. */
export function brief(value: unknown, max = 60): string {
  const text = value === undefined || value === null ? "(none)" : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
