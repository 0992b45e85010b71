import type { RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
import type { BehaviourCheck } from "./behaviour-check.ts";

export const connectionStaysOpen: BehaviourCheck = {
  name: "connection-stays-open",
  description: "the server never closes a connection, not even after rejecting its event",
};

/**
 * Fails when the server closed `client`'s connection; blames the event the client sent last
 * (or `event`). Reports each drop once; true when the connection is still open.
 */
/** The step frames carry while the fuzz phase runs: no scenario client sends anything then. */
export const FUZZ_PHASE_STEP = "while the fuzz phase ran";

export function checkStillOpen(ctx: RunContext, client: TestClient, event?: string): boolean {
  ctx.assert(connectionStaysOpen.name);
  const drop = client.droppedByServer();
  if (drop === undefined) return true;
  if (client.dropReported) return false;
  client.dropReported = true;
  // Closed during the fuzz phase: the fuzz traffic did it, not this client's last event.
  if (drop.step === FUZZ_PHASE_STEP) {
    ctx.fail({
      check: connectionStaysOpen.name,
      client: client.label,
      step: FUZZ_PHASE_STEP,
      message: `the server closed ${client.label}'s connection (${drop.message ?? "no reason given"}) ${FUZZ_PHASE_STEP}, which ${client.label} took no part in; the fuzz phase's own failures say what it sent`,
      expected: "connection open",
      received: `disconnect: ${drop.message ?? "unknown"}`,
    });
    return false;
  }
  const blamed = event ?? client.lastSent?.event;
  ctx.fail({
    check: connectionStaysOpen.name,
    ...(blamed === undefined ? {} : { event: blamed, direction: "client-to-server" as const }),
    client: client.label,
    step: client.lastSent?.step ?? drop.step,
    scenario: client.lastSent?.scenario ?? drop.scenario,
    message: `the server closed ${client.label}'s connection (${drop.message ?? "no reason given"})${blamed === undefined ? "" : ` after it sent ${blamed}`}; a rejected event leaves the connection open`,
    expected: "connection open",
    received: `disconnect: ${drop.message ?? "unknown"}`,
  });
  return false;
}
