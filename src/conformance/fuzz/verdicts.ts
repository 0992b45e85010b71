// Fuzz checks, named as they appear in reports, with their sentences beside them; and the
// Failure records the runner produces (failures are data: reporters do the wording of
// everything else).
import type { Failure } from "../results.ts";
import type { FuzzCase } from "./case-model.ts";

export const FUZZ_CHECKS = {
  "fuzz-invalid-rejected":
    "each invalid payload is answered by ERROR_OCCURED INVALID_PAYLOAD to its sender",
  "fuzz-invalid-not-forwarded":
    "an invalid payload reaches no other client (proved by an ordering barrier)",
  "fuzz-connection-stays-open": "the sender's connection stays open after every generated payload",
  "fuzz-valid-accepted": "each valid payload is accepted: no ERROR_OCCURED",
  "fuzz-valid-forwarded":
    "each valid payload is forwarded to exactly the recipients the protocol names",
  "fuzz-received-matches-schema":
    "every event the fuzz clients receive (forwards, errors) matches its schema",
  "fuzz-wire-survives":
    "after malformed Socket.IO / Engine.IO frames, a new connection completes a normal exchange",
  "fuzz-run": "the fuzz run could set up its connections and keep its observers",
} as const;

export type FuzzCheckName = keyof typeof FUZZ_CHECKS;

export interface FailureContext {
  reproduce: (fuzzCase: FuzzCase) => string;
}

/** A failure of one case: the case id, its exact arguments, the rule it exercises, how to replay it. */
export function caseFailure(
  ctx: FailureContext,
  fuzzCase: FuzzCase,
  check: FuzzCheckName,
  message: string,
  extra: Partial<Failure> = {},
): Failure {
  return {
    check,
    event: fuzzCase.event,
    direction: "client-to-server",
    step: `fuzz case ${fuzzCase.id}`,
    message: `${fuzzCase.id}: ${message}`,
    keyword: fuzzCase.keywords.join(".") || fuzzCase.rule,
    instancePath: fuzzCase.instancePath,
    sent:
      fuzzCase.setup.length > 0 ? { setup: fuzzCase.setup, args: fuzzCase.args } : fuzzCase.args,
    reproduce: ctx.reproduce(fuzzCase),
    ...extra,
  };
}

/** Short JSON for messages; the full value is in `sent` / `received`. */
export function brief(value: unknown, max = 120): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}
