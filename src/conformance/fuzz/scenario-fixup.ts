// Makes a generated payload consistent with the scenario: the schema cannot say that
// `userId` must be the sender or that a group must exist, the protocol does. This table
// is that protocol knowledge, per event, and nothing else: the values themselves still
// come from the schema (a new group's id keeps its drawn characters and length).
import type { FuzzStep, ScenarioIds } from "./case-model.ts";

/** How a top-level field is bound to the scenario. */
type Binding =
  | "sender" // the sending user's id
  | "group" // the group the sender created
  | "new-group" // a group id no one has used: the drawn id, prefixed
  | "new-user" // a user id not yet in the group: the drawn id, prefixed
  | "channel"; // `general` or the sender's group, in the string or the object form drawn

interface EventFixup {
  bind: Record<string, Binding>;
  /** Steps the case needs before it (run by the same sender, expected to be accepted). */
  setup?: (payload: Record<string, unknown>, ids: ScenarioIds) => FuzzStep[];
}

const MAX_ID_LENGTH = 64;
export const GENERAL = "general";

const FIXUPS: Record<string, EventFixup> = {
  MESSAGE_SENT: { bind: { userId: "sender" } },
  FILE_UPLOADED: { bind: { userId: "sender" } },
  USER_STATUS_CHANGED: { bind: { userId: "sender" } },
  USER_SETTINGS_UPDATED: { bind: { userId: "sender" } },
  GROUP_CREATED: { bind: { creatorId: "sender", groupId: "new-group" } },
  GROUP_MEMBER_ADDED: { bind: { groupId: "group", userId: "new-user" } },
  GROUP_MEMBER_REMOVED: {
    bind: { groupId: "group", userId: "new-user" },
    // Only a member can be removed: add the drawn user first.
    setup: (payload, ids) => [
      {
        event: "GROUP_MEMBER_ADDED",
        args: [
          { groupId: ids.groupId, userId: payload["userId"], timestamp: payload["timestamp"] },
        ],
      },
    ],
  },
  USER_CHANGED_GROUP: { bind: { userId: "sender", newChannelId: "channel" } },
};

/** Where a case draws nothing because the scenario fixes the value (boundaries there are moot). */
export function boundValuePaths(event: string): string[] {
  const fixup = FIXUPS[event];
  if (fixup === undefined) return [];
  return Object.entries(fixup.bind)
    .filter(([, binding]) => binding === "sender" || binding === "group" || binding === "channel")
    .flatMap(([key, binding]) => (binding === "channel" ? [`/${key}`, `/${key}/id`] : [`/${key}`]));
}

export interface FixupContext {
  ids: ScenarioIds;
  /** `v` or `i` plus the case's index: keeps generated ids distinct between cases. */
  mark: string;
  /** USER_CHANGED_GROUP alternates: even cases go to the group, odd ones to general. */
  ordinal: number;
}

/** A drawn id made new: a per-case prefix, the drawn characters after it, cut to 64 characters. */
export function newId(mark: string, tag: string, drawn: unknown): unknown {
  if (typeof drawn !== "string") return drawn;
  const prefix = `${mark}.${tag}.`;
  return Array.from(prefix + drawn)
    .slice(0, MAX_ID_LENGTH)
    .join("");
}

function bindValue(binding: Binding, drawn: unknown, ctx: FixupContext): unknown {
  switch (binding) {
    case "sender":
      return ctx.ids.senderId;
    case "group":
      return ctx.ids.groupId;
    case "new-group":
    case "new-user":
      return newId(ctx.mark, ctx.ids.tag, drawn);
    case "channel": {
      const target = ctx.ordinal % 2 === 0 ? ctx.ids.groupId : GENERAL;
      return typeof drawn === "object" && drawn !== null && !Array.isArray(drawn)
        ? { ...drawn, id: target }
        : target;
    }
  }
}

/** The payload bound to the scenario, and the steps it needs first. Non-objects pass through. */
export function fixup(
  event: string,
  payload: unknown,
  ctx: FixupContext,
): { payload: unknown; setup: FuzzStep[] } {
  const rules = FIXUPS[event];
  if (
    rules === undefined ||
    typeof payload !== "object" ||
    payload === null ||
    Array.isArray(payload)
  ) {
    return { payload, setup: [] };
  }
  const bound: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
  for (const [key, binding] of Object.entries(rules.bind)) {
    if (key in bound) bound[key] = bindValue(binding, bound[key], ctx);
  }
  return { payload: bound, setup: rules.setup?.(bound, ctx.ids) ?? [] };
}
