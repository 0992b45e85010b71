// The shapes of a diff: what the schema comparison finds (an effect on the set of accepted
// payloads), and what the report says (a verdict per event and direction). Reporters word them.
import type { JsonSchema } from "../../scripts/codegen/model.ts";

export type { JsonSchema };

/**
 * What an edit does to the set of payloads a schema accepts:
 * `narrows` (some payload accepted before is now rejected), `widens` (some payload rejected
 * before is now accepted), `both`, or `undecided` (the comparison cannot tell, e.g. a
 * changed `pattern`).
 */
export type Effect = "narrows" | "widens" | "both" | "undecided";

/** One finding of the schema comparison, before it is judged for a direction. */
export interface SchemaChange {
  effect: Effect;
  /** Where in the payload schema, as a JSON Pointer, e.g. `/properties/message/maxLength`. */
  path: string;
  /** The shared component the keyword lives in, when it does (e.g. `Timestamp`). */
  component?: string;
  /** What changed, without the verdict, e.g. `maxLength 4000 -> 2000`. */
  what: string;
  old: unknown;
  new: unknown;
}

export type ChangeKind = "breaking" | "non-breaking" | "undecided";
export type DiffDirection = "client-to-server" | "server-to-client" | "handshake";

/** One line of the report: the shape `chat-contract diff --reporter json` prints. */
export interface Change {
  kind: ChangeKind;
  event: string;
  direction: DiffDirection;
  path: string;
  message: string;
  old: unknown;
  new: unknown;
}

export interface DiffReport {
  /** Changes of kind `breaking` (undecided ones are counted apart). */
  breaking: number;
  changes: Change[];
}
