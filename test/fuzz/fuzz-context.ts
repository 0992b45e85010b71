// What the runFuzz tests share: a default round and a way to collect its failures.
import type { FuzzContext } from "../../src/conformance/fuzz/index.ts";
import type { CheckResult } from "../../src/conformance/results.ts";

export const TIMEOUT_MS = 2000;

export const failuresOf = (checks: CheckResult[]) => checks.flatMap((c) => c.failures);

/** A --fuzz 30 round with a fixed seed against `url`, with `more` overriding. */
export const context = (url: string, more: Partial<FuzzContext> = {}): FuzzContext => ({
  url,
  timeoutMs: TIMEOUT_MS,
  casesPerKind: 30,
  seed: 7,
  ...more,
});
