import { describeMatch, isMatch } from "../frame-match.ts";
import type { Marks, RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
import { barrier } from "./barrier.ts";
import type { BehaviourCheck } from "./behaviour-check.ts";
import { withoutOthersNotifications } from "./others-notifications.ts";

export const routing: BehaviourCheck = {
  name: "routing",
  description:
    "an event reaches only its recipients: not its sender, not another channel, not non-members",
};

/** A delivery that must not happen. */
export interface Unwanted {
  event: string;
  match?: Record<string, unknown>;
  /** The clients that must not get it. */
  at: readonly TestClient[];
  /** Why not, completing "<client> received <event> ...": "although it sent it". */
  why: string;
  /** How many such deliveries are right (default 0): only more are unwanted. */
  allowed?: number;
}

/**
 * Proves with a barrier sent by `via` that none of `unwanted` reached its clients since
 * their marks. `via` must be a connection none of them is (a status goes to the others).
 */
export async function expectNotDelivered(
  ctx: RunContext,
  marks: Marks,
  via: TestClient,
  unwanted: readonly Unwanted[],
): Promise<void> {
  const clients = [...new Set(unwanted.flatMap((u) => u.at))];
  const ends = await barrier(ctx, via, clients);
  for (const rule of unwanted) {
    for (const client of rule.at) {
      ctx.assert(routing.name);
      const slice = client.frames.slice(marks.get(client) ?? 0, ends?.get(client) ?? client.mark());
      const allowed = rule.allowed ?? 0;
      const unwantedOne = () =>
        withoutOthersNotifications(client, slice, ctx.ids.run).filter((f) =>
          isMatch(f, rule.event, rule.match),
        )[allowed];
      let delivered = unwantedOne();
      // A notification another client's membership change explains may come before that
      // change (the protocol orders neither): before failing, its pair gets --timeout,
      // once in a run; after a full wait in vain, later ones fail at once.
      const until = performance.now() + (ctx.pairWait.waitedInVain ? 0 : ctx.timeoutMs);
      while (delivered?.event === "NOTIFICATION_RECEIVED" && performance.now() < until) {
        const pending = delivered;
        await ctx.recorder.waitUntil(
          () => (unwantedOne() !== pending ? true : undefined),
          until - performance.now(),
        );
        delivered = unwantedOne();
        if (delivered === pending) {
          ctx.pairWait.waitedInVain = !ctx.recorder.pastDeadline() && ctx.stopReason === undefined;
          break;
        }
      }
      if (delivered === undefined) continue;
      ctx.fail({
        check: routing.name,
        event: rule.event,
        direction: "server-to-client",
        client: client.label,
        message: `${client.label} received ${describeMatch(rule.event, rule.match)}${allowed > 0 ? ` more than ${allowed === 1 ? "once" : `${allowed} times`}` : ""} ${rule.why}`,
        expected: "not delivered",
        received: delivered.args[0],
      });
    }
  }
}

/**
 * Proves with a barrier sent by `via` that `client` got one notification of `kind` for
 * `userId` since its mark, not two (a server that retries a send, or notifies per group
 * member list). `client` cannot be `via`: its own barrier proves nothing about itself.
 */
export async function expectNotifiedOnce(
  ctx: RunContext,
  marks: Marks,
  via: TestClient,
  client: TestClient,
  notified: { userId: string; kind: "GROUP_MEMBER_ADDED" | "GROUP_MEMBER_REMOVED" },
): Promise<void> {
  await expectNotDelivered(ctx, marks, via, [
    {
      event: "NOTIFICATION_RECEIVED",
      match: { userId: notified.userId, notificationType: notified.kind },
      at: [client],
      allowed: 1,
      why: `for a single ${notified.kind === "GROUP_MEMBER_ADDED" ? "addition" : "removal"}`,
    },
  ]);
}
