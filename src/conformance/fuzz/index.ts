// The fuzz phase of the conformance suite: schema-derived valid and invalid payloads for
// every client-to-server event, and malformed frames on the wire. See README.md beside
// this file for what is generated and how the checks are proved.
import type { CheckResult, Failure, FuzzReport } from "../results.ts";
import type { TraceSink } from "../trace.ts";
import type { FuzzCase } from "./case-model.ts";
import { buildCase, generateFuzzCasesYielding, indexOfCaseId } from "./generate-cases.ts";
import { RunError } from "./connections.ts";
import { PayloadPhase, type CaseResult } from "./payload-phase.ts";
import type { PairWait } from "./notification-pairs.ts";
import { buildChecks, buildFuzzReport } from "./report.ts";
import {
  ProbeUnanswered,
  setUpRun,
  unknownEventNeeded,
  type RunIdentities,
} from "./scenario-setup.ts";
import { clientToServerEvents } from "./schema-source.ts";
import { wireCases } from "./wire-cases.ts";
import type { WireResult } from "./wire-phase.ts";
import { onNodes, runWireOnNodes, type WireSelection } from "./wire-nodes.ts";

export { generateFuzzCases, buildCase } from "./generate-cases.ts";
export type { FuzzCase, FuzzKind, FuzzStep, ScenarioIds } from "./case-model.ts";
export { FUZZ_CHECKS } from "./verdicts.ts";
export { freshSeed } from "./seeds.ts";

export interface FuzzProgress {
  phase: "payload" | "wire";
  done: number;
  total: number;
  /** The case just finished. */
  caseId: string;
  status: "pass" | "fail" | "skipped";
}

export interface FuzzContext {
  /** The server under test, e.g. "http://127.0.0.1:3000". */
  url: string;
  /** Every node of a cluster (`url` among them): the payload cases' connections go round-robin over them. */
  urls?: readonly string[] | undefined;
  /** The shared handshake token, when the server wants one. */
  token?: string | undefined;
  /** Bound of every single wait, in ms. */
  timeoutMs: number;
  /** N: generated cases of each kind (valid, invalid) per client-to-server event (`--fuzz N`). */
  casesPerKind: number;
  /** The run's seed (`--seed S`): the same seed generates the same cases, byte for byte. */
  seed: number;
  /** Only these client-to-server events (`--only`); default all. Wire cases run only when unset. */
  only?: readonly string[] | undefined;
  /** Only these case ids (`--fuzz-case ID`, repeatable or comma-separated), e.g. from a failure's reproduce command. */
  cases?: readonly string[] | undefined;
  /** Send the generated payload cases (default true). */
  payload?: boolean;
  /** Send the malformed-frame cases (default true). */
  wire?: boolean;
  /** Leave reproduce commands without --url (the embedded reference server). */
  embedded?: boolean;
  /** The handshake `auth` for a user; default `{ userId, token }`. */
  auth?: (userId: string) => Record<string, unknown>;
  /** Run-specific mark in user and group ids; default derived from the seed. */
  tag?: string;
  /** Lanes: devices of the sending user that send at the same time, each one step at a time (default 10, at least 2). */
  senders?: number;
  /** Cases a lane runs one after another before the round's barrier (default 10). */
  chunkSize?: number;
  /** Retries of a case the rate limit dropped before it is reported skipped (default 8). */
  maxRetries?: number;
  /**
   * Server-to-client events the scenarios proved missing (event -> where): valid cases
   * forwarded as one of them are reported skipped, not sent (each would wait out the
   * timeout for a verdict already given).
   */
  missingEvents?: ReadonlyMap<string, string>;
  /**
   * Where the scenarios proved, by a full wait, that the server leaves an event outside the
   * contract unanswered. Payload fuzzing needs that answer (see the setup's probe), so it
   * then reports fuzz-run at once instead of waiting out its own probe.
   */
  unansweredUnknownEvent?: string | undefined;
  /**
   * Where the scenarios saw a refusal go unanswered for a whole --timeout while the server
   * sent no ERROR_OCCURED at all in the run: the probe would go unanswered too, so payload
   * fuzzing reports fuzz-run at once and the wire cases do not wait for the probe's answer.
   */
  unansweredRefusal?: string | undefined;
  /**
   * Whether a notification already waited --timeout for the membership change that would
   * explain it, in vain (shared with the scenarios: that wait is spent once in a run).
   */
  pairWait?: PairWait;
  /**
   * When the fuzz phase must end (performance.now() ms): past it no new case starts, and the
   * phase reports a fuzz-run failure naming its bound. Default: no bound.
   */
  deadline?: number;
  onProgress?: (progress: FuzzProgress) => void;
  /** Told the failures of each case as it is judged (what --max-failures counts). */
  onFailures?: (failures: readonly Failure[]) => void;
  /** Asked between rounds and wire cases: true ends the phase there (--max-failures). */
  shouldStop?: () => boolean;
  /** The server's Socket.IO path (default "/socket.io"), for every connection, raw ones too. */
  path?: string | undefined;
  /** Told every frame every fuzz client sends or receives (--trace). */
  trace?: TraceSink | undefined;
  /** The command that replays one case; default `npx chat-contract test [--url URL] --fuzz N --seed S [--only EVENT] --fuzz-case ID`. */
  reproduceCommand?: (fuzzCase: { id: string; event?: string }) => string;
}

/**
 * What the payload cases' setup (a group, a member added, a move into its channel) and
 * every round's barrier (a group created) need the server to forward.
 */
const PAYLOAD_NEEDS = ["GROUP_CREATED", "GROUP_MEMBER_ADDED", "USER_CHANGED_GROUP"] as const;

/** How many random wire cases go with N payload cases per kind. */
export function randomWireCases(casesPerKind: number): number {
  return Math.min(40, Math.ceil(casesPerKind / 5));
}

function shellQuote(text: string): string {
  return /^[\w./:=@,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function defaultReproduce(ctx: FuzzContext): (c: { id: string; event?: string }) => string {
  return (c) =>
    [
      "npx chat-contract test",
      ctx.embedded ? "" : ` --url ${shellQuote(ctx.url)}`,
      ` --fuzz ${ctx.casesPerKind} --seed ${ctx.seed}`,
      c.event === undefined ? "" : ` --only ${c.event}`,
      ` --fuzz-case ${shellQuote(c.id)}`,
    ].join("");
}

function selectedEvents(ctx: FuzzContext): string[] {
  return clientToServerEvents().filter((e) => ctx.only === undefined || ctx.only.includes(e));
}

/** The payload cases of this run: all of them, or just the named ones. */
async function selectCases(ctx: FuzzContext, ids: RunIdentities): Promise<FuzzCase[]> {
  const events = selectedEvents(ctx);
  if (ctx.cases === undefined)
    return generateFuzzCasesYielding({
      seed: ctx.seed,
      casesPerKind: ctx.casesPerKind,
      ids,
      events,
    });
  return ctx.cases.flatMap((id) => {
    const where = indexOfCaseId(id, ctx.casesPerKind);
    if (where === undefined || !events.includes(where.event)) return [];
    return [buildCase(where.event, where.kind, where.index, ctx.seed, ids)];
  });
}

/**
 * Why a `--fuzz-case` id cannot be produced by this round (mistyped, or N too small for its
 * index), or undefined when all can. Cheap and offline: the CLI asks before connecting.
 */
export function unknownFuzzCase(
  ctx: Pick<FuzzContext, "cases" | "casesPerKind" | "seed">,
): string | undefined {
  if (ctx.cases === undefined) return undefined;
  const wireIds = new Set(wireCases(ctx.seed, randomWireCases(ctx.casesPerKind)).map((c) => c.id));
  const unknown = ctx.cases.find(
    (id) => !wireIds.has(id) && indexOfCaseId(id, ctx.casesPerKind) === undefined,
  );
  return unknown === undefined
    ? undefined
    : `--fuzz-case ${unknown}: no such case with --fuzz ${ctx.casesPerKind} --seed ${ctx.seed}; ids look like ` +
        `EVENT/invalid/RULE/INDEX, EVENT/valid/RULE/INDEX or wire/NAME/INDEX (copy one from a failure's reproduce command)`;
}

/** Misuse throws: a `--fuzz-case` id this run cannot produce. */
function assertKnownCaseIds(ctx: FuzzContext): void {
  const problem = unknownFuzzCase(ctx);
  if (problem !== undefined) throw new TypeError(problem);
}

function selectWireCases(ctx: FuzzContext): WireSelection {
  if (ctx.wire === false || (ctx.only !== undefined && ctx.cases === undefined)) return [];
  return onNodes(
    wireCases(ctx.seed, randomWireCases(ctx.casesPerKind)),
    ctx.urls?.length ?? 1,
  ).filter(({ wireCase }) => ctx.cases === undefined || ctx.cases.includes(wireCase.id));
}

/**
 * Runs the fuzz phase against `ctx.url` and returns its checks and report. Never throws for
 * what the server does (a server that cannot be set up for fuzzing is a `fuzz-run`
 * failure); throws a TypeError for misuse, such as a `cases` id this run cannot produce.
 *
 * @example
 * const { checks, report } = await runFuzz({ url: server.url, timeoutMs: 2000, casesPerKind: 200, seed: 42 });
 */
export async function runFuzz(
  ctx: FuzzContext,
): Promise<{ checks: CheckResult[]; report: FuzzReport }> {
  assertKnownCaseIds(ctx);
  const reproduce = ctx.reproduceCommand ?? defaultReproduce(ctx);
  const auth =
    ctx.auth ??
    ((userId: string) => (ctx.token === undefined ? { userId } : { userId, token: ctx.token }));
  const failures: Failure[] = [];
  let payloadResults: CaseResult[] = [];
  let wireResults: WireResult[] = [];
  let done = 0;
  const durations = { payload: 0, wire: 0 };

  const wireSelection = selectWireCases(ctx);
  const wantsPayload =
    ctx.payload !== false &&
    selectedEvents(ctx).length > 0 &&
    (ctx.cases === undefined || ctx.cases.some((id) => !id.startsWith("wire/")));
  let total = wireSelection.length;
  // Known once the server left the liveness probe unanswered (or the scenarios saw it leave
  // what the probe is unanswered): the wire cases need not wait for it.
  let probeUnanswered =
    ctx.unansweredUnknownEvent !== undefined || ctx.unansweredRefusal !== undefined;
  const started = performance.now();
  const missing = ctx.missingEvents ?? new Map<string, string>();
  const pairWait = ctx.pairWait ?? { waitedInVain: false };
  const setupCannot = PAYLOAD_NEEDS.find((event) => missing.has(event));
  if (wantsPayload && setupCannot !== undefined) {
    failures.push({
      check: "fuzz-run",
      message: `payload fuzzing could not start: its setup and round barriers need ${setupCannot}, which the scenarios proved missing (${missing.get(setupCannot)})`,
    });
  } else if (wantsPayload && ctx.unansweredUnknownEvent !== undefined) {
    failures.push({
      check: "fuzz-run",
      message: `payload fuzzing could not start: ${unknownEventNeeded} (the scenarios saw none when ${ctx.unansweredUnknownEvent})`,
    });
  } else if (wantsPayload && ctx.unansweredRefusal !== undefined) {
    failures.push({
      check: "fuzz-run",
      message: `payload fuzzing could not start: ${unknownEventNeeded}, and the server has sent no ERROR_OCCURED at all in this run (${ctx.unansweredRefusal}, went unanswered for a whole --timeout)`,
    });
  } else if (wantsPayload) {
    try {
      const { conns, ids } = await setUpRun(
        {
          url: ctx.url,
          urls: ctx.urls,
          auth,
          timeoutMs: ctx.timeoutMs,
          senders: Math.max(2, ctx.senders ?? 10),
          path: ctx.path,
          trace: ctx.trace,
        },
        ctx.seed,
        ctx.tag,
        missing,
        pairWait,
      );
      const cases = await selectCases(ctx, ids);
      total += cases.length;
      const phase = new PayloadPhase(conns, cases, {
        deadline: ctx.deadline ?? Number.POSITIVE_INFINITY,
        missingEvents: missing,
        pairWait,
        chunkSize: ctx.chunkSize ?? 10,
        maxRetries: ctx.maxRetries ?? 8,
        timeoutMs: ctx.timeoutMs,
        reproduce: (c) => reproduce({ id: c.id, event: c.event }),
        ...(ctx.shouldStop === undefined ? {} : { shouldStop: ctx.shouldStop }),
        onCaseDone: (r) => {
          if (r.failures.length > 0) ctx.onFailures?.(r.failures);
          ctx.onProgress?.({
            phase: "payload",
            done: ++done,
            total,
            caseId: r.fuzzCase.id,
            status: r.status,
          });
        },
      });
      payloadResults = phase.results;
      try {
        await phase.run();
      } catch (error) {
        if (!(error instanceof RunError)) throw error;
        failures.push({ check: "fuzz-run", message: `payload fuzzing stopped: ${error.message}` });
      } finally {
        conns.close();
      }
      failures.push(...payloadResults.flatMap((r) => r.failures), ...phase.runFailures);
    } catch (error) {
      if (!(error instanceof RunError)) throw error;
      probeUnanswered = error instanceof ProbeUnanswered;
      failures.push({
        check: "fuzz-run",
        message: `payload fuzzing could not start: ${error.message}`,
      });
    }
  }
  durations.payload = performance.now() - started;

  // The wire phase's full check is a MESSAGE_SENT round trip: without MESSAGE_RECEIVED it
  // would blame every case for the missing forward the scenarios already reported.
  const wireDoubt = missing.get("MESSAGE_RECEIVED");
  if (wireSelection.length > 0) {
    const wireStarted = performance.now();
    const urls = ctx.urls !== undefined && ctx.urls.length > 0 ? ctx.urls : [ctx.url];
    wireResults = await runWireOnNodes(urls, wireSelection, (url, node) => ({
      deadline: ctx.deadline ?? Number.POSITIVE_INFINITY,
      url,
      node,
      auth,
      timeoutMs: ctx.timeoutMs,
      tag: `w${ctx.seed >>> 0}`.slice(0, 8) + (node ?? ""),
      probeUnanswered,
      checkInDoubt:
        wireDoubt === undefined
          ? undefined
          : `the scenarios proved MESSAGE_RECEIVED missing (${wireDoubt})`,
      reproduce: (c) => reproduce({ id: c.id }),
      path: ctx.path,
      trace: ctx.trace,
      ...(ctx.shouldStop === undefined ? {} : { shouldStop: ctx.shouldStop }),
      onCaseDone: (r) => {
        if (r.failures.length > 0) ctx.onFailures?.(r.failures);
        ctx.onProgress?.({
          phase: "wire",
          done: ++done,
          total,
          caseId: r.wireCase.id,
          status: r.status,
        });
      },
    }));
    failures.push(...wireResults.flatMap((r) => r.failures));
    durations.wire = performance.now() - wireStarted;
  }

  const events = selectedEvents(ctx);
  return {
    checks: buildChecks(failures, durations, {
      payload: payloadResults.length > 0,
      wire: wireResults.length > 0,
    }),
    report: buildFuzzReport(ctx.seed, ctx.casesPerKind, events, payloadResults, wireResults),
  };
}
