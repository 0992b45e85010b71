// Building the report's Change values: a schema change judged for a direction, an
// event-level change, and the documented error codes. Wording of the verdict is in judge.ts.
import { consequence, verdict } from "./judge.ts";
import type { Change, DiffDirection, SchemaChange } from "./model.ts";

export const ACTION: Record<DiffDirection, string> = {
  "client-to-server": "accepted by the server",
  "server-to-client": "sent by the server",
  handshake: "handshake",
};

export function judged(event: string, direction: DiffDirection, c: SchemaChange): Change {
  const where = c.component ? ` (in component ${c.component})` : "";
  return {
    kind: verdict(c.effect, direction),
    event,
    direction,
    path: c.path || "/",
    message: `${c.what}${where}: ${consequence(c.effect, direction)}`,
    // null, not undefined, for "absent": JSON.stringify would drop the key
    old: c.old ?? null,
    new: c.new ?? null,
  };
}

export function eventChange(
  kind: Change["kind"],
  event: string,
  direction: DiffDirection,
  message: string,
  old: unknown,
  next: unknown,
): Change {
  return { kind, event, direction, path: "/", message, old, new: next };
}

/**
 * x-error-codes documents which codes a server uses; the payload schema (ErrorCode, a
 * pattern) is what clients validate, so a code added or removed is listed, not breaking.
 */
export function errorCodeChanges(
  event: string,
  direction: DiffDirection,
  before: string[],
  after: string[],
): Change[] {
  const added = after.filter((code) => !before.includes(code));
  const removed = before.filter((code) => !after.includes(code));
  if (added.length === 0 && removed.length === 0) return [];
  const parts = [
    added.length > 0 ? `added ${added.join(", ")}` : "",
    removed.length > 0 ? `removed ${removed.join(", ")}` : "",
  ].filter(Boolean);
  const message = `error codes ${parts.join(" and ")}: documentation; every code still has to match the errorCode schema`;
  return [
    {
      kind: "non-breaking",
      event,
      direction,
      path: "/x-error-codes",
      message,
      old: before,
      new: after,
    },
  ];
}
