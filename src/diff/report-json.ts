// --reporter json: `{ breaking, changes: [{ kind, event, direction, path, message, old, new }] }`.
import type { DiffOutcome } from "./outcome.ts";

export function renderJson(outcome: DiffOutcome): string {
  const { breaking, changes } = outcome.report;
  return JSON.stringify({ breaking, changes }, null, 2);
}
