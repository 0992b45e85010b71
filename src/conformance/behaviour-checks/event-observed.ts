import { describeMatch, isMatch } from "../frame-match.ts";
import type { Frame } from "../recorder.ts";
import type { Marks, RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
import type { BehaviourCheck } from "./behaviour-check.ts";
import { withoutOthersNotifications } from "./others-notifications.ts";
import { checkContent, type ContentRule } from "./payload-content.ts";
import { stopIfAllDropped, stopIfNodesApart, stopIfSilent } from "./run-completes.ts";

export const eventObserved: BehaviourCheck = {
  name: "event-observed",
  description:
    "each event the protocol calls for reaches every connection it must reach, within --timeout",
};

export interface Expected {
  event: string;
  /** Fields that single the frame out of the traffic (the run's ids); each must be deep-equal. */
  match?: Record<string, unknown>;
  /** What the payload must then say (payload-content). */
  content?: ContentRule[];
  /** What called for the event, for the message: "bob's last connection closed". */
  after: string;
  /**
   * When `match` singles the frame out by a field a broken server may get wrong (a
   * notification's type, which sets it apart from another client's): a frame matching
   * this instead, once the wait is over, is judged by these rules, not reported missing.
   */
  instead?: { match: Record<string, unknown>; content: ContentRule[] };
}

const CLOSED = "closed" as const;
const WRONG = "wrong" as const;

/** What a client got instead: the frames of the same event since the mark, and a closed connection. */
function instead(client: TestClient, mark: number, event: string): unknown {
  const frames = client.since(mark);
  const sameEvent = frames
    .filter((f) => f.kind === "event" && f.event === event)
    .map((f) => f.args[0]);
  const closed = frames.find((f) => f.kind === "disconnect");
  if (closed !== undefined) return { [event]: sameEvent, disconnected: closed.message };
  return sameEvent.length > 0 ? sameEvent : "nothing";
}

/** The failure for an event that did not come: one sentence, and what came instead. */
export function missedEvent(
  ctx: RunContext,
  client: TestClient,
  mark: number,
  expected: Expected,
  more = "",
): void {
  ctx.fail({
    check: eventObserved.name,
    event: expected.event,
    direction: "server-to-client",
    client: client.label,
    message: `expected ${describeMatch(expected.event, expected.match)} at ${client.label} within ${ctx.timeoutMs} ms after ${expected.after}${more}`,
    expected: describeMatch(expected.event, expected.match),
    received: instead(client, mark, expected.event),
  });
  stopIfSilent(ctx);
  stopIfAllDropped(ctx);
}

/**
 * Waits for `expected` at each client (since its mark), all at once, each bounded by
 * --timeout. Resolves with the frame each got, or undefined where it never came.
 */
export async function expectEvent(
  ctx: RunContext,
  clients: readonly TestClient[],
  marks: Marks,
  expected: Expected,
): Promise<(Frame | undefined)[]> {
  const missedAfterFullWait = new Set<TestClient>();
  const frames = await Promise.all(
    clients.map(async (client) => {
      ctx.assert(eventObserved.name);
      const mark = marks.get(client) ?? 0;
      const found = () =>
        client.since(mark).find((f) => isMatch(f, expected.event, expected.match));
      // Once a full wait proved the server does not send this event where the protocol
      // says it must, later waits for it would each cost --timeout for a verdict already
      // given: they are not repeated (a frame already received still counts).
      if (ctx.missingEvents.has(expected.event) && found() === undefined) return undefined;
      // Once a full wait found only a wrong form of this event, a wrong one is judged as it
      // comes: the server was shown to send it so, and the run fails already.
      const wrongAtOnce = ctx.sentWrong.has(expected.event);
      // A connection the server closed receives nothing more: no need to wait it out.
      const outcome = await ctx.recorder.waitUntil(
        () =>
          found() ??
          (wrongAtOnce && cameWrong(ctx, client, mark, expected) !== undefined
            ? WRONG
            : undefined) ??
          (client.droppedByServer() === undefined ? undefined : CLOSED),
        ctx.timeoutMs,
      );
      const frame = outcome === CLOSED || outcome === WRONG ? undefined : outcome;
      // Proven only by a full wait (not one the run's bound or a stop cut short).
      const fullWait = !ctx.recorder.pastDeadline() && ctx.stopReason === undefined;
      const wrong = frame === undefined ? cameWrong(ctx, client, mark, expected) : undefined;
      if (wrong !== undefined && expected.instead !== undefined) {
        if (outcome === undefined && fullWait) ctx.sentWrong.add(expected.event);
        if (outcome === WRONG)
          ctx.notes.push(
            `${expected.event} at ${client.label} judged as it came, not after --timeout: an earlier full wait found only a wrong form of it`,
          );
        checkContent(ctx, client, wrong, expected.instead.content);
        return wrong;
      }
      if (frame === undefined) {
        if (outcome === undefined && fullWait) missedAfterFullWait.add(client);
        const first = outcome === undefined && fullWait && !ctx.missingEvents.has(expected.event);
        if (first) ctx.missingEvents.set(expected.event, `${client.label} after ${expected.after}`);
        const more = first
          ? `; later waits for ${expected.event} are not repeated, and its valid fuzz cases are not sent`
          : "";
        missedEvent(ctx, client, mark, expected, more);
      } else if (expected.content !== undefined) checkContent(ctx, client, frame, expected.content);
      return frame;
    }),
  );
  const reached = clients.filter((_, i) => frames[i] !== undefined);
  stopIfNodesApart(ctx, expected.event, reached, [...missedAfterFullWait]);
  return frames;
}

/** The frame that came in the expected one's stead (see Expected.instead), if any. */
function cameWrong(
  ctx: RunContext,
  client: TestClient,
  mark: number,
  expected: Expected,
): Frame | undefined {
  if (expected.instead === undefined) return undefined;
  const { match } = expected.instead;
  return withoutOthersNotifications(client, client.since(mark), ctx.ids.run).find((f) =>
    isMatch(f, expected.event, match),
  );
}

/**
 * Waits for whichever of several alternatives comes first (when the protocol allows either
 * outcome, e.g. which of two concurrent moves the server handles second). One failure
 * naming them all when none comes.
 */
export async function expectEither(
  ctx: RunContext,
  marks: Marks,
  alternatives: readonly { client: TestClient; expected: Expected }[],
): Promise<Frame | undefined> {
  ctx.assert(eventObserved.name);
  const look = () => {
    for (const { client, expected } of alternatives) {
      const frame = client
        .since(marks.get(client) ?? 0)
        .find((f) => isMatch(f, expected.event, expected.match));
      if (frame !== undefined) return { client, expected, frame };
    }
    return undefined;
  };
  // One event in every alternative: proven missing once, it is not waited for again.
  const events = new Set(alternatives.map((a) => a.expected.event));
  const [event] = events;
  const provenMissing = events.size === 1 && event !== undefined && ctx.missingEvents.has(event);
  const found = provenMissing ? look() : await ctx.recorder.waitUntil(look, ctx.timeoutMs);
  if (found !== undefined) {
    if (found.expected.content !== undefined)
      checkContent(ctx, found.client, found.frame, found.expected.content);
    return found.frame;
  }
  const first = alternatives[0];
  if (first === undefined || provenMissing) return undefined;
  // Proven only by a full wait at clients still open (a closed one receives nothing).
  const open = alternatives.every(({ client }) => client.droppedByServer() === undefined);
  const fullWait = !ctx.recorder.pastDeadline() && ctx.stopReason === undefined && open;
  const firstMiss = fullWait && events.size === 1 && event !== undefined;
  if (firstMiss)
    ctx.missingEvents.set(event, `${options(alternatives)} after ${first.expected.after}`);
  const more = firstMiss
    ? `; later waits for ${event} are not repeated, and its valid fuzz cases are not sent`
    : "";
  ctx.fail({
    check: eventObserved.name,
    event: first.expected.event,
    direction: "server-to-client",
    message: `expected ${options(alternatives)} within ${ctx.timeoutMs} ms after ${first.expected.after}${more}`,
    expected: alternatives.map(option),
    received: Object.fromEntries(
      alternatives.map(({ client }) => [
        client.label,
        instead(client, marks.get(client) ?? 0, first.expected.event),
      ]),
    ),
  });
  return undefined;
}

type Alternative = { client: TestClient; expected: Expected };
const option = ({ client, expected }: Alternative) =>
  `${describeMatch(expected.event, expected.match)} at ${client.label}`;
const options = (alternatives: readonly Alternative[]) => alternatives.map(option).join(" or ");
