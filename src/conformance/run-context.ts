// The state one run shares between its phases: options, the run's ids, the recorder, the
// clients, and the failures found so far. Phases and scenarios act through it.
import { isContractEvent } from "../contract/index.ts";
import type { EngineListener } from "./engine-events.ts";
import { nodeName, type ResolvedOptions } from "./engine-options.ts";
import { FailureLog, ruleOf } from "./failure-log.ts";
import type { PairWait } from "./fuzz/notification-pairs.ts";
import { handshakeAuth } from "./jwt-auth.ts";
import { FRAME_CHECKS } from "./frame-checks/index.ts";
import { MAX_SCENARIO_FRAMES_PER_CLIENT, Recorder, type Frame } from "./recorder.ts";
import type { CheckResult, Failure, FuzzReport } from "./results.ts";
import { reproduceCommand } from "./reproduce.ts";
import { runIds, type RunIds } from "./run-ids.ts";
import { checkExcluded, selectedEvents } from "./selection.ts";
import { MAX_FRAME_BYTES, TestClient } from "./test-client.ts";

export type { RunIds } from "./run-ids.ts";

/** The run's users, as `ctx.openAs` opens them. */
export type UserRole = "alice" | "bob" | "mallory" | "eve";

/** Positions in clients' frame buffers, taken before the suite acts. */
export type Marks = Map<TestClient, number>;

/** Thrown by `ctx.step()` once the run must stop (--max-failures): the scenario ends there. */
export class RunStopped extends Error {
  override name = "RunStopped";
}

export class RunContext {
  readonly recorder: Recorder;
  readonly ids: RunIds;
  /** Examples of the failures (bounded): every one is counted in `failureLog`. */
  readonly failures: Failure[] = [];
  readonly failureLog: FailureLog;
  /** Why the run stops early (--max-failures, a flood, a silent server, ...), once it must. */
  stopReason: string | undefined;
  /** Set by `stop()`: the server made the run unjudgeable; later findings would only echo it. */
  private halted = false;
  /**
   * Server-to-client events a full wait proved missing where the protocol requires them
   * (event -> where): later waits for them are not repeated, and the fuzz phase does not
   * send valid cases whose only effect to judge is that event.
   */
  readonly missingEvents = new Map<string, string>();
  /**
   * Events a full wait found only in a wrong form (Expected.instead: a notification of
   * another type): the server sends them so, and later waits judge a wrong one as it comes.
   */
  readonly sentWrong = new Set<string>();
  /**
   * Where a full wait proved that the server leaves an event outside the contract
   * unanswered (no ERROR_OCCURED UNKNOWN_EVENT): the fuzz phase needs that answer to tell a
   * dropped event from a server that stopped, so it does not wait it out again.
   */
  unansweredUnknownEvent: { client: string; what: string } | undefined;
  /**
   * The first rejection a full wait proved unanswered while the server had sent no
   * ERROR_OCCURED at all in the run: until one comes, every other rejection would only
   * wait out --timeout too (see unansweredRejectionReason).
   */
  unansweredRejection: { client: string; what: string } | undefined;
  /**
   * A notification waited a whole --timeout for another client's membership change to
   * pair it with, in vain: later unpaired notifications are judged without that wait.
   */
  readonly pairWait: PairWait = { waitedInVain: false };
  /** On a cluster: events that reached one node's clients only (event -> where). */
  readonly nodesApart = new Map<string, string>();
  /** Distinct failures of later phases (fuzz) so far, as --max-failures counts them. */
  private readonly otherDistinct = new Set<string>();
  private readonly selected: ReadonlySet<string>;
  /** Per scenario, in run order. */
  readonly scenarioResults: CheckResult[] = [];
  /** Notes of the scenario running now (see CheckResult.notes); the runner takes them. */
  readonly notes: string[] = [];
  /** Checks contributed by later phases (fuzz). */
  readonly extraChecks: CheckResult[] = [];
  fuzzReport: FuzzReport | undefined;
  readonly timings: Record<string, number> = {};
  private readonly assertionCounts = new Map<string, number>();
  /** Which checks each scenario evaluated: a check's time is that of the scenarios using it. */
  readonly checksByScenario = new Map<string, Set<string>>();
  private readonly clients: TestClient[] = [];
  private readonly connectionsPerRole = new Map<string, number>();

  constructor(
    readonly options: ResolvedOptions,
    readonly notify: EngineListener,
  ) {
    this.recorder = new Recorder(performance.now() + options.runTimeoutMs);
    this.recorder.onFrame = (frame) => this.checkFrame(frame);
    this.recorder.onFlood = (label, what) => {
      const amount =
        what === undefined
          ? `${label} received more than ${MAX_SCENARIO_FRAMES_PER_CLIENT.toLocaleString("en")} frames`
          : `the suite's clients received more than ${what} (the last to ${label})`;
      this.stop({
        check: "run-completes",
        client: label,
        message: `${amount}: the server floods its clients; the run stopped there (what came past that is counted, not stored)`,
      });
      this.clients.find((c) => c.label === label)?.close();
    };
    this.recorder.onOversize = (label) =>
      this.stop({
        check: "run-completes",
        client: label,
        message: `the server sent ${label} a frame over ${MAX_FRAME_BYTES / 1024 / 1024} MiB, and its websocket was closed before the frame was buffered; no chat payload comes near that size; the run stopped there`,
        expected: `frames under ${MAX_FRAME_BYTES} bytes`,
        received: "a larger frame",
      });
    this.ids = runIds(options.runId);
    this.failureLog = new FailureLog(undefined, undefined, options.runId);
    this.selected = selectedEvents(options);
  }

  /** Every frame check on one frame, as it arrives: failures show while the run goes on. */
  private checkFrame(frame: Frame): void {
    for (const check of FRAME_CHECKS) {
      if (checkExcluded(this.options, check.name) !== undefined) continue;
      const findings = check.check(frame);
      if (findings === undefined) continue;
      this.assert(check.name);
      for (const finding of findings) {
        this.fail({
          ...finding,
          check: check.name,
          direction: "server-to-client",
          client: frame.client,
          ...(frame.step === undefined ? {} : { step: frame.step }),
          ...(frame.scenario === undefined ? {} : { scenario: frame.scenario }),
        });
      }
    }
  }

  get timeoutMs(): number {
    return this.options.timeoutMs;
  }

  /** Opens a connection labelled role#n with this handshake `auth`; it records from this moment on. */
  open(role: string, auth: Record<string, unknown>): TestClient {
    const n = (this.connectionsPerRole.get(role) ?? 0) + 1;
    this.connectionsPerRole.set(role, n);
    const { nodes } = this.options;
    // On a cluster, the k-th role's n-th connection goes to node k + n - 1: one user's
    // devices land on different nodes, and the first connections of the users (sender and
    // receivers) too.
    const roleIndex = [...this.connectionsPerRole.keys()].indexOf(role);
    const node = (roleIndex + n - 1) % nodes.length;
    const client = new TestClient(this.recorder, {
      url: nodes[node] as string,
      label: nodes.length > 1 ? `${role}#${n}@${nodeName(node)}` : `${role}#${n}`,
      auth,
      timeoutMs: this.timeoutMs,
      transports: this.options.transports,
      path: this.options.path,
      trace: this.options.trace,
    });
    this.clients.push(client);
    return client;
  }

  /** Opens another connection of one of the run's users, with the handshake a well-behaved client sends. */
  openAs(user: UserRole): TestClient {
    return this.open(user, this.authFor(this.ids[user]));
  }

  authFor(userId: string): Record<string, unknown> {
    return handshakeAuth(userId, this.options);
  }

  /** The client labelled `label` (e.g. "alice#2", "alice#2@B" on a cluster); a suite bug if there is none. */
  client(label: string): TestClient {
    // On a cluster the label also names the node ("alice#2@B"); scenarios need not know it.
    const client = this.clients.find((c) => c.label === label || c.label.startsWith(`${label}@`));
    if (client === undefined) throw new Error(`conformance suite: no client "${label}" was opened`);
    return client;
  }

  /** The latest connection of `role` still open, or undefined when the server closed them all. */
  latestOpen(role: string): TestClient | undefined {
    return this.clients.findLast(
      (c) => c.label.startsWith(`${role}#`) && c.connected && c.droppedByServer() === undefined,
    );
  }

  connectedClients(): TestClient[] {
    return this.clients.filter((c) => c.connected);
  }

  allClients(): readonly TestClient[] {
    return this.clients;
  }

  marks(clients: readonly TestClient[] = this.clients): Marks {
    return new Map(clients.map((c) => [c, c.mark()]));
  }

  /** Names what the suite does next: frames and failures from now on are attributed to it. */
  step(text: string): void {
    if (this.stopReason !== undefined) throw new RunStopped(this.stopReason);
    this.recorder.step = text;
    this.notify({ type: "step", scenario: this.recorder.scenario, step: text });
  }

  /**
   * Ends the run early with `failure` as its cause: every wait ends now, the remaining
   * scenarios and phases are skipped, and findings after it are dropped (they would only
   * echo the cause). The first cause wins.
   */
  stop(failure: Failure): void {
    if (this.halted) return;
    this.fail(failure);
    this.halted = true;
    this.stopReason ??= failure.message;
    this.recorder.abortWaits();
  }

  /**
   * Records a failure, attributed to the current scenario and step unless it says otherwise.
   * A check left out by --checks / --exclude-checks records nothing.
   */
  fail(failure: Failure): void {
    if (this.halted) return;
    if (checkExcluded(this.options, failure.check) !== undefined) return;
    const attributed: Failure = { ...failure };
    if (attributed.step === undefined && this.recorder.step !== undefined)
      attributed.step = this.recorder.step;
    if (attributed.scenario === undefined && this.recorder.scenario !== undefined) {
      attributed.scenario = this.recorder.scenario;
    }
    if (
      attributed.reproduce === undefined &&
      attributed.event !== undefined &&
      isContractEvent(attributed.event)
    ) {
      attributed.reproduce = this.reproduce(attributed.event);
    }
    const { kept, isNew } = this.failureLog.add(attributed);
    if (kept !== undefined) {
      this.failures.push(kept);
      this.notify({ type: "failure", failure: kept });
    }
    // A failure --only / --skip leaves out of the report does not stop the run either.
    if (isNew && this.isReported(attributed)) this.countDistinct();
  }

  private isReported(failure: Failure): boolean {
    const { event } = failure;
    return event === undefined || !isContractEvent(event) || this.selected.has(event);
  }

  /** Counts the distinct failures another phase found (fuzz), for --max-failures. */
  noteOtherFailures(failures: readonly Failure[]): void {
    for (const failure of failures) {
      if (checkExcluded(this.options, failure.check) !== undefined) continue;
      if (!this.isReported(failure)) continue;
      const key = JSON.stringify([failure.event ?? null, failure.check, ruleOf(failure)]);
      if (this.otherDistinct.has(key)) continue;
      this.otherDistinct.add(key);
      this.countDistinct();
    }
  }

  private countDistinct(): void {
    const { maxFailures } = this.options;
    if (maxFailures === undefined || this.stopReason !== undefined) return;
    if (this.failureLog.size + this.otherDistinct.size >= maxFailures)
      this.stopReason = `stopped after ${maxFailures} distinct failure(s) (--max-failures ${maxFailures})`;
  }

  /** The command that runs just the scenarios exercising `event` against this target. */
  /**
   * The scenarios again, all of them: each builds on the state the earlier ones leave (who
   * is in which channel), so `--only EVENT`, which runs only the scenarios that event
   * names, could miss the failure (a forward to a channel nobody is left in).
   */
  private reproduce(_event: string): string {
    return reproduceCommand(this.options, { fuzz: 0 });
  }

  /** Counts one evaluation of `check`: a check never evaluated is reported as skipped. */
  assert(check: string, times = 1): void {
    this.assertionCounts.set(check, (this.assertionCounts.get(check) ?? 0) + times);
    const scenario = this.recorder.scenario;
    if (scenario === undefined) return;
    let checks = this.checksByScenario.get(scenario);
    if (checks === undefined) this.checksByScenario.set(scenario, (checks = new Set()));
    checks.add(check);
  }

  assertions(check: string): number {
    return this.assertionCounts.get(check) ?? 0;
  }

  /**
   * The timestamp the suite puts in what it sends: a day in the past, so a server that
   * forwards the sender's timestamp instead of stamping its own clock is caught.
   */
  clientTimestamp(): string {
    return new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  }

  closeAll(): void {
    for (const client of this.clients) client.close();
  }
}
