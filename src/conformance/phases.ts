// A run is a list of phases over one RunContext. Adding one (fuzz) is a couple of lines:
// write a Phase and put it in PHASES.
import { checkStillOpen, FUZZ_PHASE_STEP } from "./behaviour-checks/connection-stays-open.ts";
import { unansweredRejectionReason } from "./behaviour-checks/rejected-with-error.ts";
import { runCompletes } from "./behaviour-checks/run-completes.ts";
import { nodeName, RUN_BOUND_IN_WAITS } from "./engine-options.ts";
import { diagnoseConnection } from "./connect-diagnosis.ts";
import { TargetError } from "./errors.ts";
import { payloadOf } from "./frame-match.ts";
import { probeNode } from "./node-reachability.ts";
import { reproduceCommand } from "./reproduce.ts";
import type { RunContext } from "./run-context.ts";
import { runScenarios } from "./scenario-runner.ts";

export interface Phase {
  name: string;
  /** Runs even after the run stopped early (closing up). */
  always?: boolean;
  enabled?: (ctx: RunContext) => boolean;
  run(ctx: RunContext): Promise<void>;
}

/**
 * Opens the first connection: the server must answer it, or there is nothing to judge (exit 2).
 * On a cluster every other node must be reachable too, checked here before any scenario.
 */
const connect: Phase = {
  name: "connect",
  async run(ctx) {
    const { url, token, path } = ctx.options;
    const first = ctx.openAs("alice");
    const outcome = await first.handshake(ctx.timeoutMs);
    if (outcome?.kind === "connect") return checkOtherNodes(ctx);
    if (outcome === undefined && first.transportOpened) {
      // The transport works (a plain HTTP request would say so too, and blame the
      // WebSocket): it is the Socket.IO handshake that never completed.
      throw new TargetError(
        `${url} opened the connection (Engine.IO) but did not complete the Socket.IO handshake within ${ctx.timeoutMs} ms (no CONNECT for ${path}'s default namespace): a connection middleware that never calls next(), or a server slower than --timeout?`,
        "handshake-timeout",
      );
    }
    if (outcome === undefined || outcome.message !== "CONNECTION_ERROR") {
      // Socket.IO says "websocket error" for every cause: a plain HTTP request tells them apart.
      const { kind, message } = await diagnoseConnection(url, path, ctx.timeoutMs);
      throw new TargetError(`cannot reach ${url}: ${message}`, kind);
    }
    const data = payloadOf(outcome);
    const code =
      data === undefined
        ? "no data"
        : `${String(data["errorCode"])}: ${String(data["errorMessage"])}`;
    throw new TargetError(
      `${url} refused the suite's handshake (${code})${token === undefined && ctx.options.jwtSecret === undefined ? "; does it need --token?" : ""}`,
      "handshake-refused",
    );
  },
};

/** Exit 2 for the first of the other nodes (in --url order) that cannot be reached. */
async function checkOtherNodes(ctx: RunContext): Promise<void> {
  const { nodes, path, transports } = ctx.options;
  const causes = await Promise.all(
    nodes.slice(1).map((url) => probeNode(url, { path, transports, timeoutMs: ctx.timeoutMs })),
  );
  const index = causes.findIndex((cause) => cause !== undefined);
  if (index === -1) return;
  const { kind, message } = causes[index]!;
  const node = nodeName(index + 1);
  throw new TargetError(
    `cannot reach ${nodes[index + 1]} (node ${node}, --url ${index + 2} of ${nodes.length}): ${message}`,
    kind,
  );
}

const scenarios: Phase = { name: "scenarios", run: runScenarios };

/**
 * The fuzz phase's bound, in single waits: the scenarios' 30, plus 2 per case pair. A
 * conformant server, even 150 ms away, needs a small fraction of it; a server that makes
 * every case wait out --timeout meets it, and the phase ends with a fuzz-run failure.
 */
export function fuzzBoundMs(options: { timeoutMs: number; fuzz: number }): number {
  // At least a second per wait: a rate-limited step backs off up to 1 s whatever --timeout.
  return Math.max(options.timeoutMs, 1000) * (RUN_BOUND_IN_WAITS + 2 * options.fuzz);
}

/** Schema-driven negative and positive cases, then malformed packets (src/conformance/fuzz/). */
const fuzz: Phase = {
  name: "fuzz",
  enabled: (ctx) => ctx.options.fuzz > 0 && ctx.stopReason === undefined,
  async run(ctx) {
    // What happens to the scenarios' clients from now on is no scenario step's doing.
    ctx.recorder.scenario = undefined;
    ctx.recorder.step = FUZZ_PHASE_STEP;
    // Loaded on use: fast-check and the generators cost nothing when --fuzz 0.
    const { runFuzz } = await import("./fuzz/index.ts");
    const { url, nodes, token, timeoutMs, fuzz, seed, only, fuzzCases, embedded, path, trace } =
      ctx.options;
    const run = await runFuzz({
      deadline: performance.now() + fuzzBoundMs(ctx.options),
      url,
      urls: nodes,
      token,
      auth: (userId) => ctx.authFor(userId),
      timeoutMs,
      casesPerKind: fuzz,
      seed,
      only,
      cases: fuzzCases,
      missingEvents: ctx.missingEvents,
      pairWait: ctx.pairWait,
      unansweredUnknownEvent:
        ctx.unansweredUnknownEvent &&
        `${ctx.unansweredUnknownEvent.client} sent ${ctx.unansweredUnknownEvent.what}`,
      unansweredRefusal: unansweredRefusal(ctx),
      embedded,
      path,
      trace,
      reproduceCommand: (c) =>
        reproduceCommand(ctx.options, { fuzz, seed, only: c.event, fuzzCase: c.id }),
      onFailures: (failures) => ctx.noteOtherFailures(failures),
      shouldStop: () => ctx.stopReason !== undefined,
    });
    ctx.extraChecks.push(...run.checks);
    ctx.fuzzReport = run.report;
  },
};

/** A connection the server closed on its own is a failure, even where no scenario looked. */
const close: Phase = {
  name: "close",
  always: true,
  async run(ctx) {
    // The run reached its end: run-completes was evaluated (it fails only through ctx.stop).
    ctx.assert(runCompletes.name);
    ctx.recorder.scenario = undefined;
    for (const client of ctx.allClients()) checkStillOpen(ctx, client);
    ctx.closeAll();
  },
};

export const PHASES: readonly Phase[] = [connect, scenarios, fuzz, close];

/** The refusal the scenarios left unanswered, when the server has sent no ERROR_OCCURED at all. */
function unansweredRefusal(ctx: RunContext): string | undefined {
  const first = ctx.unansweredRejection;
  if (first === undefined || unansweredRejectionReason(ctx) === undefined) return undefined;
  return `${first.what}, sent by ${first.client}`;
}
