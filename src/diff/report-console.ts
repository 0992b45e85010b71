// --reporter console: one block per change, the ones needing a person first, then a summary.
import type { DiffOutcome } from "./outcome.ts";
import { byImportance, countLine } from "./report-order.ts";

const LABEL = { breaking: "BREAKING", undecided: "UNDECIDED", "non-breaking": "ok" } as const;

export function renderConsole(outcome: DiffOutcome): string {
  const { changes } = outcome.report;
  const lines = [`chat-contract diff ${outcome.oldName} -> ${outcome.newName}`];
  if (changes.length === 0) {
    lines.push("no changes to payloads, events or the handshake");
    return lines.join("\n");
  }
  for (const c of byImportance(changes)) {
    lines.push(`${LABEL[c.kind].padEnd(9)} ${c.event} ${c.direction} ${c.path}`);
    lines.push(`          ${c.message}`);
  }
  lines.push(countLine(changes));
  if (outcome.bump) lines.push(outcome.bump.reason);
  return lines.join("\n");
}
