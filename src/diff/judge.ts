// Turns a schema change into a verdict for one direction. The server receives
// client-to-server payloads (and the handshake auth): it breaks when it now rejects one it
// accepted, i.e. when the schema narrows. Clients receive server-to-client payloads and
// validate them against the schema they were built with: they break when the server may now
// send one the old schema rejected, i.e. when the schema widens.
import type { ChangeKind, DiffDirection, Effect } from "./model.ts";

export function verdict(effect: Effect, direction: DiffDirection): ChangeKind {
  if (effect === "undecided") return "undecided";
  if (effect === "both") return "breaking";
  const breaksOn = direction === "server-to-client" ? "widens" : "narrows";
  return effect === breaksOn ? "breaking" : "non-breaking";
}

/** Why the verdict, in words, appended to what changed. */
export function consequence(effect: Effect, direction: DiffDirection): string {
  if (effect === "undecided")
    return "cannot tell whether payloads are still accepted: review by hand";
  const receiver =
    direction === "server-to-client" ? "clients built on the old contract" : "the server";
  const kind = verdict(effect, direction);
  if (direction === "server-to-client") {
    return kind === "breaking"
      ? `the server may now send payloads ${receiver} reject`
      : "the server sends a subset of what it sent before";
  }
  return kind === "breaking"
    ? `${receiver} now rejects payloads it accepted`
    : `${receiver} accepts everything it accepted before`;
}
