// The contract's payload limits (asyncapi.yaml "Limits", x-max-depth): a server accepts a
// USER_SETTINGS_UPDATED whose newValue is nested exactly as deep as x-max-depth and forwards
// it intact; a deeper one it may accept (then forwarded intact) or refuse, but only with
// INVALID_PAYLOAD, forwarding nothing and keeping the connection; a binary attachment is
// always INVALID_PAYLOAD. The deep probe is 1,000 levels, not the 10,000 of issue 14:
// socket.io-client's own encoder recurses and cannot send 10,000 (test/server covers it raw).
import { EVENTS } from "../../contract/index.ts";
import { barrier } from "../behaviour-checks/barrier.ts";
import { checkStillOpen } from "../behaviour-checks/connection-stays-open.ts";
import { checkErrorsStayWithSender } from "../behaviour-checks/error-to-sender-only.ts";
import { expectEither } from "../behaviour-checks/event-observed.ts";
import { expectRejection, type Rejectable } from "../behaviour-checks/expect-rejection.ts";
import { equals } from "../behaviour-checks/payload-content.ts";
import {
  awaitRejection,
  noteUnansweredRejection,
} from "../behaviour-checks/rejected-with-error.ts";
import { checkNotForwarded } from "../behaviour-checks/rejection-not-forwarded.ts";
import type { Frame } from "../recorder.ts";
import type { RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
import { cast } from "./cast.ts";
import type { Scenario } from "./scenario.ts";
import { sendAndExpect } from "./send-and-expect.ts";

const DEPTH_LIMIT = EVENTS.USER_SETTINGS_UPDATED.maxDepth["/newValue"];
const DEEP_PROBE = 1000;

/** A value of exactly `depth` levels: `depth` nested arrays around a string. */
function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

export const payloadLimits: Scenario = {
  name: "payload-limits",
  description: `accepts a newValue nested ${DEPTH_LIMIT} deep (x-max-depth) and forwards it intact; a deeper one (${DEEP_PROBE}) is forwarded intact or refused with INVALID_PAYLOAD only, never INTERNAL or a disconnect; a binary attachment is INVALID_PAYLOAD`,
  events: ["USER_SETTINGS_UPDATED", "ERROR_OCCURED"],
  needs: ["presence-on-connect"],
  async run(ctx) {
    const { alice1, alice2, bob1, mallory1 } = cast(ctx);
    const atLimit = nested(DEPTH_LIMIT);
    const payload = settings(ctx, "depth-at-limit", atLimit);
    await sendAndExpect(ctx, {
      sender: alice1,
      event: "USER_SETTINGS_UPDATED",
      payload,
      where: ` with newValue nested ${DEPTH_LIMIT} deep`,
      forwards: [
        {
          event: "USER_SETTINGS_UPDATED",
          match: { userId: ctx.ids.alice, settingName: "depth-at-limit" },
          content: [equals("/newValue", atLimit)],
          at: [alice2],
        },
      ],
    });
    await deeperThanLimit(ctx, alice1, [alice2, bob1, mallory1]);
    ctx.step(`${alice1.label} sends USER_SETTINGS_UPDATED with a binary newValue`);
    await expectRejection(ctx, {
      sender: alice1,
      observers: [alice2, bob1, mallory1],
      event: "USER_SETTINGS_UPDATED",
      args: [settings(ctx, "binary", Buffer.from([1, 2, 3]))],
      errorCode: "INVALID_PAYLOAD",
      what: "USER_SETTINGS_UPDATED with a binary attachment as newValue",
      blame: "USER_SETTINGS_UPDATED",
      forwarded: [
        { event: "USER_SETTINGS_UPDATED", match: { userId: ctx.ids.alice, settingName: "binary" } },
      ],
      namesField: "newValue",
    });
  },
};

function settings(ctx: RunContext, settingName: string, newValue: unknown) {
  return { userId: ctx.ids.alice, settingName, newValue, timestamp: ctx.clientTimestamp() };
}

/** Either outcome the contract allows, and nothing else. */
async function deeperThanLimit(
  ctx: RunContext,
  sender: TestClient,
  observers: readonly TestClient[],
): Promise<void> {
  const deep = nested(DEEP_PROBE);
  const sent = settings(ctx, "depth-beyond-limit", deep);
  const rejectable: Rejectable = {
    sender,
    observers,
    event: "USER_SETTINGS_UPDATED",
    args: [sent],
    errorCode: "INVALID_PAYLOAD",
    what: `USER_SETTINGS_UPDATED with newValue nested ${DEEP_PROBE} deep (deeper than x-max-depth ${DEPTH_LIMIT})`,
    blame: "USER_SETTINGS_UPDATED",
    forwarded: [
      {
        event: "USER_SETTINGS_UPDATED",
        match: { userId: ctx.ids.alice, settingName: "depth-beyond-limit" },
      },
    ],
    namesField: "newValue",
  };
  const marks = ctx.marks([sender, ...observers]);
  ctx.step(`${sender.label} sends ${rejectable.what}`);
  sender.emit("USER_SETTINGS_UPDATED", sent);
  const after = `${sender.label} sent ${rejectable.what}`;
  const [device] = observers;
  const first = await expectEither(ctx, marks, [
    { client: sender, expected: { event: "ERROR_OCCURED", after } },
    {
      client: device!,
      expected: {
        event: "USER_SETTINGS_UPDATED",
        match: { userId: ctx.ids.alice, settingName: "depth-beyond-limit" },
        content: [equals("/newValue", deep)],
        after,
      },
    },
  ]);
  // Neither came: on a server that has sent no ERROR_OCCURED at all yet, later rejections
  // would each wait out --timeout the same way.
  if (first === undefined) noteUnansweredRejection(ctx, sender, rejectable.what);
  if (first !== undefined && isError(first)) {
    // Refused: then exactly as any rejection, with INVALID_PAYLOAD (never INTERNAL).
    await awaitRejection(ctx, sender, marks.get(sender) ?? 0, rejectable);
    const ends = await barrier(ctx, sender, observers);
    const windows = new Map<TestClient, Frame[]>(
      observers.map((o) => [o, o.frames.slice(marks.get(o) ?? 0, ends?.get(o) ?? o.mark())]),
    );
    checkErrorsStayWithSender(ctx, windows, rejectable);
    checkNotForwarded(ctx, windows, rejectable);
  }
  checkStillOpen(ctx, sender, "USER_SETTINGS_UPDATED");
}

function isError(frame: Frame): boolean {
  return frame.kind === "event" && frame.event === "ERROR_OCCURED";
}
