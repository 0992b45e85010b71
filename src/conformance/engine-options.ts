// What a run is told: where the server is and how patient to be. The CLI and the vitest
// adapter build these; everything has a default but the target.
import type { EventName } from "../contract/index.ts";
import type { TraceSink } from "./trace.ts";

export interface EngineOptions {
  /** The server under test, e.g. "http://localhost:3000". Unset: the embedded reference server. */
  url?: string | undefined;
  /**
   * Other nodes of the same cluster as `url` (`--url` repeated). The suite's connections
   * are spread over every node (labels name it: `alice#2@B`), the fuzz phase's round-robin.
   */
  moreUrls?: readonly string[] | undefined;
  /** The shared token for `auth.token`; also enables the AUTH_INVALID handshake case. */
  token?: string | undefined;
  /** Per-user JWT secret: each connection's `auth.token` is an HS256 JWT for its userId. */
  jwtSecret?: string | undefined;
  /** Bound of every single wait, in ms (default 2000). */
  timeoutMs?: number;
  /** Bound of the whole run, in ms (default 30 waits' worth: 30 x timeoutMs). */
  runTimeoutMs?: number;
  /** Only these events are reported (and only the scenarios that exercise them run). */
  only?: readonly EventName[] | undefined;
  /** These events are not reported (and scenarios that exercise nothing else do not run). */
  skip?: readonly EventName[] | undefined;
  /** Fuzz cases per kind (0 or unset: no fuzz phase) and the seed that makes them reproducible. */
  fuzz?: number | undefined;
  seed?: number | undefined;
  /** Only these fuzz case ids (what a fuzz failure's reproduce command names). */
  fuzzCases?: readonly string[] | undefined;
  /** Engine.IO transports of the test clients (default websocket only: fastest to open). */
  transports?: ("websocket" | "polling")[];
  /** Suffix of the run's user and group ids (default random), so runs never collide. */
  runId?: string;
  /** The server's Socket.IO path (default "/socket.io"), for every client the suite opens. */
  path?: string | undefined;
  /** Only these checks judge (names as reports print them); the others show as skipped. */
  checks?: readonly string[] | undefined;
  /** These checks do not judge; they show as skipped, with the reason. */
  excludeChecks?: readonly string[] | undefined;
  /** Stop after this many distinct failures (groups); the report is still complete for what ran. */
  maxFailures?: number | undefined;
  /** Receives every frame every client sends or receives (--trace FILE writes them as NDJSON). */
  trace?: TraceSink | undefined;
}

export interface ResolvedOptions {
  url: string;
  /** Every node under test, `url` first (node A, then B, C, ...). */
  nodes: readonly string[];
  embedded: boolean;
  token: string | undefined;
  jwtSecret: string | undefined;
  timeoutMs: number;
  runTimeoutMs: number;
  only: readonly EventName[] | undefined;
  skip: readonly EventName[] | undefined;
  fuzz: number;
  seed: number;
  fuzzCases: readonly string[] | undefined;
  transports: ("websocket" | "polling")[];
  runId: string;
  path: string;
  checks: readonly string[] | undefined;
  excludeChecks: readonly string[] | undefined;
  maxFailures: number | undefined;
  trace: TraceSink | undefined;
}

export const DEFAULT_PATH = "/socket.io";

/** A node's name in labels and reports: A, B, C, ... in the order of the --url options. */
export function nodeName(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `N${index + 1}`;
}

export const DEFAULT_TIMEOUT_MS = 2000;
/**
 * The CLI's fuzz round when --fuzz is not given: every invalid rule of every
 * client-to-server event broken at least once and every boundary value sent, in well
 * under a second against the reference server (README: "Fuzzing").
 */
export const DEFAULT_FUZZ_CASES = 30;
/** The whole run may take this many single waits: far more than a conformant run needs. */
export const RUN_BOUND_IN_WAITS = 30;
