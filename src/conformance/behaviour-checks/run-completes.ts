import type { RunContext } from "../run-context.ts";
import type { TestClient } from "../test-client.ts";
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
    message: `no frame at all from the server after connect: it accepted ${accepted.length} connection(s) but sent not one event in ${ctx.recorder.elapsed()} ms, not even the DATA_RECEIVED every connection must get (if it is only slower than --timeout ${ctx.timeoutMs} ms, a larger --timeout gives it time); the run stopped here`,
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

/** Distinct events whose deliveries split along node lines before the run concludes the nodes do not share them. */
const EVENTS_APART = 2;

/**
 * On a cluster, an event that reached its recipients on one node and, after a full wait,
 * none on the others says the nodes may not share broadcasts. Once EVENTS_APART different events
 * did so, every later step that crosses nodes would wait out --timeout for the same
 * verdict: the run stops with that diagnosis (the events' own failures stay reported).
 */
export function stopIfNodesApart(
  ctx: RunContext,
  event: string,
  reached: readonly TestClient[],
  missed: readonly TestClient[],
): void {
  if (reached.length === 0 || missed.length === 0) return;
  const reachedNodes = new Set(reached.map(nodeOf));
  const [node] = reachedNodes;
  if (node === undefined || reachedNodes.size !== 1 || missed.some((c) => nodeOf(c) === node))
    return;
  ctx.nodesApart.set(
    event,
    `${reached.map((c) => c.label).join(", ")} but not ${missed.map((c) => c.label).join(", ")}`,
  );
  if (ctx.nodesApart.size < EVENTS_APART) return;
  const evidence = [...ctx.nodesApart].map(([e, where]) => `${e} reached ${where}`);
  ctx.stop({
    check: runCompletes.name,
    message: `events reached the clients of one node only (${evidence.join("; ")}): the nodes do not seem to share broadcasts (is a Socket.IO adapter configured on every node, or is delivery across nodes slower than --timeout?); every later step across nodes would wait out --timeout, so the run stopped here`,
    expected: "every event delivered to its recipients on every node",
    received: Object.fromEntries(ctx.nodesApart),
  });
}

/** A client's node on a cluster ("alice#2@B" is on B); "" on a single server. */
function nodeOf(client: TestClient): string {
  return client.label.split("@")[1] ?? "";
}
