// The behaviour checks, in the order reports list them (after the frame checks). Scenarios
// call their functions; reports list every check here, evaluated or not.
import type { BehaviourCheck } from "./behaviour-check.ts";
import { connectionStaysOpen } from "./connection-stays-open.ts";
import { errorToSenderOnly } from "./error-to-sender-only.ts";
import { eventObserved } from "./event-observed.ts";
import { handshakeRejected } from "./handshake-rejected.ts";
import { payloadContent } from "./payload-content.ts";
import { rejectedWithError } from "./rejected-with-error.ts";
import { rejectionNotForwarded } from "./rejection-not-forwarded.ts";
import { routing } from "./routing.ts";
import { runCompletes } from "./run-completes.ts";

export type { BehaviourCheck } from "./behaviour-check.ts";

export const BEHAVIOUR_CHECKS: readonly BehaviourCheck[] = [
  runCompletes,
  eventObserved,
  payloadContent,
  routing,
  rejectedWithError,
  errorToSenderOnly,
  rejectionNotForwarded,
  connectionStaysOpen,
  handshakeRejected,
];
