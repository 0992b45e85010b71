// The frame checks, in the order reports list them. Each applies to every frame.
import { eventInContract } from "./event-in-contract.ts";
import { payloadMatchesSchema } from "./payload-matches-schema.ts";
import { serverClock } from "./server-clock.ts";
import { serverMaySend } from "./server-may-send.ts";
import { singleArgument } from "./single-argument.ts";
import type { FrameCheck } from "./frame-check.ts";

export type { FrameCheck, FrameFinding } from "./frame-check.ts";

export const FRAME_CHECKS: readonly FrameCheck[] = [
  eventInContract,
  serverMaySend,
  singleArgument,
  payloadMatchesSchema,
  serverClock,
];
