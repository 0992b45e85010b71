import type { RunContext } from "../run-context.ts";

/** The connections presence-on-connect opens, which later scenarios act with. */
export function cast(ctx: RunContext) {
  return {
    alice1: ctx.client("alice#1"),
    alice2: ctx.client("alice#2"),
    bob1: ctx.client("bob#1"),
    mallory1: ctx.client("mallory#1"),
  };
}
