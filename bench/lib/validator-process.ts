// One validator per child process, for the mixed-corpus comparison: each subject gets a
// V8 isolate, a heap and JIT feedback of its own, and is timed only once its code is warm.
//
// Why (bench/RESULTS.md section 1 has the figures): in one process, the subjects' JITs and
// heaps are shared. The generated validators are 30 large functions that V8 takes 25 to 50
// passes over the corpus (75k-150k payloads) to compile with TurboFan, on a background
// thread whose CPU time process.cpuUsage() charges to whichever subject is running. Three
// warm-up passes measured the generated code half-compiled: 4.9x asyncapi-validator then,
// 12x once warm. Here each child warms its own subject until its rate stops changing, and
// the parent still makes the children take turns of about 20 ms (one runs while the others
// wait on their IPC channel), so machine noise lands on all of them alike.
//
//   parent -> child   { type: "warm", minPasses, maxCpuMs }  child -> { type: "warmed", ... }
//   parent -> child   { type: "run", workload, passes }      child -> { type: "ran", ops, cpuMs }
//   parent -> child   { type: "close" }                      child exits
//   child -> parent   { type: "ready", stats, agreement } once loaded and checked
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median } from "./stats.ts";
import { cpuMs } from "./timer.ts";
import type { EventName } from "../../src/contract/index.ts";
import type { CorpusItem, CorpusStats } from "./corpus.ts";

/** The subjects a child can hold, by figure id. */
export type SubjectId = "validate-event" | "generated-bare" | "runtime-ajv" | "asyncapi-validator";
/** Which part of the corpus a run covers. */
export type Workload = "mixed" | "valid" | "invalid";

export interface ChildAgreement {
  acceptedValid: number;
  rejectedInvalid: number;
  disagreements: string[];
}

export interface WarmUp {
  /** Passes over the mixed corpus before timing. */
  passes: number;
  /** CPU time they took. */
  cpuMs: number;
  /** True when the rate had stopped changing; false when maxCpuMs ran out first. */
  settled: boolean;
}

export interface ValidatorProcess {
  subject: SubjectId;
  /** The corpus as the child built it (same seed: the parent checks it is the same corpus). */
  stats: CorpusStats;
  agreement: ChildAgreement;
  warm(minPasses: number, maxCpuMs: number): Promise<WarmUp>;
  /** CPU time of `passes` passes over the workload, in the child. */
  run(workload: Workload, passes: number): Promise<{ ops: number; cpuMs: number }>;
  close(): Promise<void>;
}

export interface ValidatorProcessOptions {
  subject: SubjectId;
  perEvent: number;
  seed: number;
}

type FromChild =
  | { type: "ready"; stats: CorpusStats; agreement: ChildAgreement }
  | ({ type: "warmed" } & WarmUp)
  | { type: "ran"; ops: number; cpuMs: number }
  | { type: "error"; message: string };

type ToChild =
  | { type: "warm"; minPasses: number; maxCpuMs: number }
  | { type: "run"; workload: Workload; passes: number }
  | { type: "close" };

const SELF = fileURLToPath(import.meta.url);
/** Loading asyncapi-validator parses asyncapi.yaml: seconds on a busy machine. */
const READY_TIMEOUT_MS = 120_000;
/** One request (a warm-up is bounded by maxCpuMs, a run by its passes). */
const REQUEST_TIMEOUT_MS = 300_000;

export function startValidatorProcess(options: ValidatorProcessOptions): Promise<ValidatorProcess> {
  const child = fork(SELF, [JSON.stringify(options)], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${options.subject} process: not ready after ${READY_TIMEOUT_MS} ms`));
    }, READY_TIMEOUT_MS);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${options.subject} process exited early (code ${String(code)})`));
    };
    child.once("exit", onExit);
    child.once("message", (message: FromChild) => {
      clearTimeout(timer);
      child.off("exit", onExit);
      if (message.type === "ready") {
        resolve(handle(child, options.subject, message.stats, message.agreement));
      } else {
        child.kill("SIGKILL");
        reject(
          new Error(
            `${options.subject} process: ${message.type === "error" ? message.message : `unexpected ${message.type}`}`,
          ),
        );
      }
    });
  });
}

function request<T extends FromChild["type"]>(
  child: ChildProcess,
  subject: SubjectId,
  message: ToChild,
  answer: T,
): Promise<Extract<FromChild, { type: T }>> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    const timer = setTimeout(() => {
      done();
      reject(
        new Error(`${subject} process: no answer to ${message.type} in ${REQUEST_TIMEOUT_MS} ms`),
      );
    }, REQUEST_TIMEOUT_MS);
    const onMessage = (reply: FromChild) => {
      done();
      if (reply.type === answer) resolve(reply as Extract<FromChild, { type: T }>);
      else
        reject(
          new Error(
            `${subject} process: ${reply.type === "error" ? reply.message : `expected ${answer}, got ${reply.type}`}`,
          ),
        );
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`${subject} process exited (code ${String(code)}) during ${message.type}`));
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
    child.send(message);
  });
}

function handle(
  child: ChildProcess,
  subject: SubjectId,
  stats: CorpusStats,
  agreement: ChildAgreement,
): ValidatorProcess {
  return {
    subject,
    stats,
    agreement,
    warm: async (minPasses, maxCpuMs) => {
      const { type: _type, ...warmUp } = await request(
        child,
        subject,
        { type: "warm", minPasses, maxCpuMs },
        "warmed",
      );
      return warmUp;
    },
    run: async (workload, passes) => {
      const { ops, cpuMs: ms } = await request(
        child,
        subject,
        { type: "run", workload, passes },
        "ran",
      );
      return { ops, cpuMs: ms };
    },
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.once("exit", () => {
          clearTimeout(kill);
          resolve();
        });
        child.send({ type: "close" } satisfies ToChild);
      }),
  };
}

// ---- In the child ----

export type IsValid = (event: EventName, payload: unknown) => boolean;

async function loadSubject(subject: SubjectId): Promise<IsValid> {
  const contract = await import("../../src/contract/index.ts");
  switch (subject) {
    case "validate-event":
      return (event, payload) => contract.validateEvent(event, payload).length === 0;
    case "generated-bare": {
      const generated = (await import("../../generated/validators.js")) as unknown as Record<
        string,
        (data: unknown) => boolean
      >;
      return (event, payload) => generated[event]!(payload);
    }
    case "runtime-ajv": {
      const { compileRuntimeAjv } = await import("./runtime-ajv.ts");
      const compiled = compileRuntimeAjv();
      return (event, payload) => compiled.get(event)!(payload);
    }
    case "asyncapi-validator": {
      const { loadAsyncApiValidator } = await import("./asyncapi-validator.ts");
      const adapter = await loadAsyncApiValidator(contract.SPEC_PATH);
      // It compiles a payload schema on first use: not part of what is timed.
      for (const event of contract.EVENT_NAMES) adapter.isValid(event, {});
      return adapter.isValid;
    }
  }
}

/** How a validator's verdicts compare with the corpus labels (also the parent's agreement check). */
export function checkAgreement(isValid: IsValid, corpus: readonly CorpusItem[]): ChildAgreement {
  const result: ChildAgreement = { acceptedValid: 0, rejectedInvalid: 0, disagreements: [] };
  corpus.forEach((item, index) => {
    const verdict = isValid(item.event, item.payload);
    if (verdict && item.valid) result.acceptedValid++;
    else if (!verdict && !item.valid) result.rejectedInvalid++;
    else
      result.disagreements.push(
        `#${index} ${item.event} ${item.valid ? "valid" : `invalid (${item.defect})`}: said ${verdict ? "valid" : "invalid"}`,
      );
  });
  return result;
}

/** Passes are batched to at least this much CPU time: a clock reading is then noise. */
const WARM_BATCH_MS = 20;
/** Settled: the median rate of the last WINDOW batches within TOLERANCE of the WINDOW before. */
const WINDOW = 5;
const TOLERANCE = 0.03;

async function child(options: ValidatorProcessOptions): Promise<void> {
  const { buildCorpus, corpusStats } = await import("./corpus.ts");
  const isValid = await loadSubject(options.subject);
  const corpus = buildCorpus({ perEvent: options.perEvent, seed: options.seed });
  const workloads: Record<Workload, CorpusItem[]> = {
    mixed: corpus,
    valid: corpus.filter((item) => item.valid),
    invalid: corpus.filter((item) => !item.valid),
  };
  const pass = (items: readonly CorpusItem[]): number => {
    let accepted = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (isValid(item.event, item.payload)) accepted++;
    }
    return accepted;
  };
  const expectedAccepted: Record<Workload, number> = {
    mixed: workloads.valid.length,
    valid: workloads.valid.length,
    invalid: 0,
  };
  const timed = (workload: Workload, passes: number): { ops: number; cpuMs: number } => {
    const items = workloads[workload];
    let accepted = 0;
    const start = cpuMs();
    for (let p = 0; p < passes; p++) accepted += pass(items);
    const ms = cpuMs() - start;
    // Using the verdicts keeps every call live; they were checked against the corpus already.
    if (accepted !== expectedAccepted[workload] * passes) {
      throw new Error(`${options.subject}: verdicts changed while timing`);
    }
    return { ops: items.length * passes, cpuMs: ms };
  };

  process.on("message", (message: ToChild) => {
    try {
      if (message.type === "warm") {
        let passes = 0;
        let spent = 0;
        let batch = 1;
        const rates: number[] = [];
        let settled = false;
        while (spent < message.maxCpuMs) {
          const { ops, cpuMs: ms } = timed("mixed", batch);
          passes += batch;
          spent += ms;
          rates.push(ops / Math.max(ms, 1e-3));
          // Grow the batch until it is long enough to read a CPU clock around.
          if (ms < WARM_BATCH_MS) batch = Math.min(batch * 2, 1024);
          if (passes >= message.minPasses && rates.length >= 2 * WINDOW) {
            const last = median(rates.slice(-WINDOW));
            const before = median(rates.slice(-2 * WINDOW, -WINDOW));
            if (Math.abs(last - before) <= TOLERANCE * before) {
              settled = true;
              break;
            }
          }
        }
        process.send?.({ type: "warmed", passes, cpuMs: spent, settled } satisfies FromChild);
      } else if (message.type === "run") {
        process.send?.({
          type: "ran",
          ...timed(message.workload, message.passes),
        } satisfies FromChild);
      } else if (message.type === "close") {
        process.exit(0);
      }
    } catch (error) {
      process.send?.({ type: "error", message: (error as Error).message } satisfies FromChild);
    }
  });
  // The parent died without saying goodbye: do not linger.
  process.on("disconnect", () => process.exit(0));
  process.send?.({
    type: "ready",
    stats: corpusStats(corpus),
    agreement: checkAgreement(isValid, corpus),
  } satisfies FromChild);
}

if (process.argv[1] === SELF && process.send !== undefined) {
  child(JSON.parse(process.argv[2] ?? "{}") as ValidatorProcessOptions).catch((error: unknown) => {
    process.send?.({ type: "error", message: (error as Error).message } satisfies FromChild);
    process.exit(1);
  });
}
