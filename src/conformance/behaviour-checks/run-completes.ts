import type { RunContext } from "../run-context.ts";
import type { BehaviourCheck } from "./behaviour-check.ts";

/**
 * A run that cannot go on says why in one line, on top, instead of a timeout per step: a
 * server that answers nothing after the handshake, one that floods a client with more
 * frames than any conformant exchange needs, one that sends a frame over the size bound,
 * or a run that reached its bound.
 */
export const runCompletes: BehaviourCheck = {
  name: "run-completes",
  description:
    "the server lets the run reach its end: it answers after connecting, sends no flood and no frame over the size bound, and the run ends within its bound",
};

/**
 * A server that accepted the suite's connections but has not sent one event (not even the
 * DATA_RECEIVED every connection must get) would fail every later step by timeout: the
 * run stops with that one-line diagnosis instead.
 */
export function stopIfSilent(ctx: RunContext): void {
  if (ctx.recorder.frames.some((f) => f.kind === "event")) return;
  const accepted = ctx.allClients().filter((c) => c.frames.some((f) => f.kind === "connect"));
  if (accepted.length === 0) return;
  ctx.stop({
    check: runCompletes.name,
    event: "DATA_RECEIVED",
    direction: "server-to-client",
    message: `no frame at all from the server after connect: it accepted ${accepted.length} connection(s) but sent not one event in ${ctx.recorder.elapsed()} ms, not even the DATA_RECEIVED every connection must get; the run stopped here`,
    expected: "DATA_RECEIVED right after each connection",
    received: "nothing",
  });
}

/**
 * A server that closes every connection the suite opened leaves nothing to judge: the run
 * stops with that diagnosis instead of a timeout for each step still to come.
 */
export function stopIfAllDropped(ctx: RunContext): void {
  const opened = ctx.allClients().filter((c) => c.frames.some((f) => f.kind === "connect"));
  if (opened.length < 2 || !opened.every((c) => c.droppedByServer() !== undefined)) return;
  const reasons = [...new Set(opened.map((c) => c.droppedByServer()?.message ?? "unknown"))];
  ctx.stop({
    check: runCompletes.name,
    message: `the server closed every connection the suite opened (${opened.length}: ${opened.map((c) => c.label).join(", ")}; ${reasons.join(", ")}), so nothing is left to judge; the run stopped here`,
    expected: "connections that stay open",
    received: reasons,
  });
}
