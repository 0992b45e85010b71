// Verdicts from what a sender got back for each of its steps, and the schema check of
// everything the fuzz clients receive. Failures land on their case, or, for the runner's
// own steps, among the run's failures.
import { formatViolation, isContractEvent, validateEvent } from "../../contract/index.ts";
import type { Failure } from "../results.ts";
import type { FuzzCase } from "./case-model.ts";
import type { CaseResult } from "./case-run.ts";
import type { Received } from "./fuzz-client.ts";
import type { Step } from "./steps.ts";
import { brief, caseFailure, type FailureContext, type FuzzCheckName } from "./verdicts.ts";

export class Verdicts {
  /** Failures no single case explains (a runner step, a late barrier). */
  readonly runFailures: Failure[] = [];
  private readonly byCase = new Map<FuzzCase, CaseResult>();

  constructor(
    private readonly context: FailureContext & { timeoutMs: number },
    results: CaseResult[],
  ) {
    for (const result of results) this.byCase.set(result.fuzzCase, result);
  }

  fail(c: FuzzCase, check: FuzzCheckName, message: string, extra: Partial<Failure> = {}): void {
    this.byCase.get(c)?.failures.push(caseFailure(this.context, c, check, message, extra));
  }

  /** One step's verdict from its outcome and the errors its sender got for it. */
  judgeStep(s: Step): void {
    for (const error of s.errors)
      this.checkSchema("the sender", { event: "ERROR_OCCURED", args: [error] }, s.fuzzCase);
    const c = s.fuzzCase;
    if (c === undefined) return this.judgeRunnerStep(s);
    if (c.kind === "invalid" && s.role === "case") return this.judgeInvalid(c, s);
    const what = s.role === "setup" ? `its setup step ${s.event} ${brief(s.args)}` : "it";
    const o = s.outcome;
    const first = s.errors[0];
    if (o?.kind === "closed") {
      this.fail(
        c,
        "fuzz-connection-stays-open",
        `the server closed the sender's connection (${o.reason}) after ${what}`,
      );
    } else if (o?.kind === "silent") {
      const to = s.deliveries[0]?.to ?? "any connection";
      const event = s.deliveries[0]?.event ?? s.event;
      const aside =
        o.setAside === undefined
          ? ""
          : `; it did receive ${event} ${brief(o.setAside.args)}, which names none of the ids the run sent (taken for another client's traffic: are ids changed on the way?)`;
      this.fail(
        c,
        "fuzz-valid-forwarded",
        `no ERROR_OCCURED for ${what}, and ${to} did not receive ${event} within ${this.context.timeoutMs} ms${aside}`,
        {
          expected: s.deliveries[0]?.payload,
          ...(o.setAside === undefined ? {} : { received: o.setAside.args }),
        },
      );
    } else if (first !== undefined && o?.kind !== "rate-limited") {
      this.fail(
        c,
        "fuzz-valid-accepted",
        `${what} was rejected with ERROR_OCCURED ${String(first["errorCode"])}: ${String(first["errorMessage"])}`,
        { received: first },
      );
    }
  }

  private judgeInvalid(c: FuzzCase, s: Step): void {
    const o = s.outcome;
    const [first] = s.errors;
    if (o?.kind === "closed") {
      this.fail(
        c,
        "fuzz-connection-stays-open",
        `the server closed the sender's connection (${o.reason}) after it`,
      );
    } else if (o?.kind === "rate-limited") {
      return; // skipped, not judged
    } else if (first === undefined) {
      const how =
        o?.kind === "silent"
          ? `no ERROR_OCCURED came back within ${this.context.timeoutMs} ms (the server answered a probe sent after it)`
          : "no ERROR_OCCURED came back";
      this.fail(c, "fuzz-invalid-rejected", `was accepted: ${how}`, {
        expected: "ERROR_OCCURED INVALID_PAYLOAD",
      });
    } else if (first["errorCode"] !== "INVALID_PAYLOAD") {
      this.fail(
        c,
        "fuzz-invalid-rejected",
        `was answered ERROR_OCCURED ${String(first["errorCode"])} (${String(first["errorMessage"])}) instead of INVALID_PAYLOAD`,
        { expected: "INVALID_PAYLOAD", received: first },
      );
    } else if (s.errors.length > 1) {
      this.fail(
        c,
        "fuzz-invalid-rejected",
        `was answered ${s.errors.length} times: ${brief(s.errors)}`,
        {
          received: s.errors,
        },
      );
    }
  }

  private judgeRunnerStep(s: Step): void {
    const o = s.outcome;
    if (o?.kind === "rejected") {
      this.runFailures.push({
        check: "fuzz-valid-accepted",
        event: s.event,
        direction: "client-to-server",
        message: `the runner's ${s.role} step ${s.event} was rejected: ${o.errorCode}: ${o.errorMessage}`,
        sent: s.args,
      });
    } else if (o?.kind === "closed") {
      this.runFailures.push({
        check: "fuzz-connection-stays-open",
        event: s.event,
        message: `the server closed the sender's connection (${o.reason}) after the runner's ${s.role} step ${s.event}`,
        sent: s.args,
      });
    }
  }

  /** What a fuzz client received must match its schema too (the server's timestamp, its error codes). */
  checkSchema(client: string, r: Received, c: FuzzCase | undefined): void {
    if (!isContractEvent(r.event)) return; // an event outside the contract is already an unexpected delivery
    const problems = r.args.length === 1 ? validateEvent(r.event, r.args[0]) : undefined;
    if (problems !== undefined && problems.length === 0) return;
    const what =
      problems === undefined
        ? `${r.args.length} arguments instead of 1`
        : problems.map(formatViolation).join("; ");
    const message = `${client} received ${r.event} that breaks the contract: ${what}`;
    const first = problems?.[0];
    const extra: Partial<Failure> = {
      client,
      received: r.args,
      direction: "server-to-client",
      ...(first
        ? { instancePath: first.instancePath, keyword: first.keyword, expected: first.expected }
        : {}),
    };
    if (c === undefined)
      this.runFailures.push({
        check: "fuzz-received-matches-schema",
        event: r.event,
        message,
        ...extra,
      });
    else this.fail(c, "fuzz-received-matches-schema", message, { ...extra, event: c.event });
  }
}
