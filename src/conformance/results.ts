// Failures are data (STYLE.md #5): the engine, scenarios, checks and fuzz produce these
// shapes; reporters (console, JSON, JUnit) consume them and never drive the run.
import type { EventName } from "../contract/index.ts";

export type Direction = "server-to-client" | "client-to-server";

/** One way the target broke the contract, found at run time. */
export interface Failure {
  /** The check that found it, named as it appears in reports (e.g. "payload-matches-schema"). */
  check: string;
  /** The wire event concerned, when there is one. */
  event?: string;
  direction?: Direction;
  /** Which test client saw it, e.g. "alice#1". */
  client?: string;
  /** The scenario step that produced it, e.g. "alice#1 sends MESSAGE_SENT in general". */
  step?: string;
  /** The scenario that step belongs to (scenario runs only). */
  scenario?: string;
  /** One sentence, for people. */
  message: string;
  /**
   * What it breaks, for grouping, when the message names the situation too: failures with
   * the same event, check and rule are one finding (default: the schema path and keyword,
   * or the message without clients, ids and quoted values).
   */
  rule?: string;
  /** Schema violations: JSON Pointer into the payload, failing keyword, what was wanted, what came. */
  instancePath?: string;
  keyword?: string;
  expected?: unknown;
  received?: unknown;
  /** What the suite sent that led to this (fuzz: the exact payload). */
  sent?: unknown;
  /** A command that reproduces this one case. */
  reproduce?: string;
}

/**
 * One distinct failure: every occurrence of the same (event, check, rule), where the rule
 * is the schema path and keyword, or what the check's message states. Reports show each
 * group once, root causes (the largest counts) first.
 */
export interface FailureGroup {
  check: string;
  event?: string;
  /** "/fileSize type", or the check's sentence with clients and ids left out. */
  rule: string;
  /** Every occurrence, stored or not. */
  count: number;
  /** A malformed frame: its occurrences plus the other failures naming its event (ranking). */
  explains?: number;
  /** The clients it hit (at most 50 listed). */
  clients: string[];
  /** Occurrences per scenario. */
  scenarios: Record<string, number>;
  /** The most telling example, in full (large values cut, their real size noted). */
  first: Failure;
  /** The first few occurrences (at most 5), `first` among them. */
  examples: Failure[];
}

export type CheckStatus = "pass" | "fail" | "skip";

/** One behaviour check (or one fuzz kind), as a testcase in reports. */
export interface CheckResult {
  name: string;
  /** Short sentence of what it verifies. */
  description: string;
  status: CheckStatus;
  durationMs: number;
  /** Examples of its failures (bounded: see FailureGroup); `violationCount` has them all. */
  failures: Failure[];
  violationCount?: number;
  /** Why it was skipped (--only/--skip, or a prerequisite failed). */
  skipReason?: string;
  /** What a scenario chose not to send, and why (an earlier case proved it would only wait out --timeout). */
  notes?: string[];
  /** How many times it was evaluated (frames checked, expectations awaited). */
  assertions?: number;
}

export type EventStatus = "pass" | "fail" | "untested";

export interface EventReport {
  status: EventStatus;
  /** Frames of this event observed by any client (connect_error data counts for CONNECTION_ERROR). */
  observed: number;
  /** How many times the suite sent it to the server (client-to-server events). */
  sent?: number;
  /** Examples (bounded); `violationCount` counts every one. */
  violations: Failure[];
  violationCount: number;
}

export interface FuzzCaseCounts {
  valid: { cases: number; failed: number };
  invalid: { cases: number; failed: number };
}

export interface FuzzReport {
  seed: number;
  casesPerKind: number;
  /** Per client-to-server event. */
  events: Record<string, FuzzCaseCounts>;
  wire: { cases: number; failed: number };
  /** Every case, with its result (kept small: the sent payload is in failures only). */
  cases: Array<{ id: string; event?: string; kind: string; rule: string; ok: boolean }>;
}

export interface RunReport {
  ok: boolean;
  durationMs: number;
  target: { url: string; embedded: boolean };
  options: {
    timeoutMs: number;
    path?: string;
    only?: string[];
    skip?: string[];
    fuzz?: number;
    seed?: number;
    checks?: string[];
    excludeChecks?: string[];
    maxFailures?: number;
  };
  /** Every distinct failure, root causes first. */
  failures: FailureGroup[];
  /** Failures whose group did not fit in the report's bound: counted only. */
  failuresNotGrouped?: number;
  /** Why the run ended before it was done (--max-failures, the run bound). */
  stopped?: string;
  events: Record<EventName, EventReport>;
  checks: CheckResult[];
  /** Each scenario as a testcase: its failures are those of its steps, whatever the check. */
  scenarios?: CheckResult[];
  fuzz?: FuzzReport;
  /** Phase timings, for benchmarks: connect, scenarios, fuzz. */
  timings: Record<string, number>;
}
