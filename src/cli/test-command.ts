import path from "node:path";
import { EVENT_NAMES, isContractEvent, type EventName } from "../contract/index.ts";
import type { EngineListener, EngineOptions } from "../conformance/index.ts";
import {
  DEFAULT_FUZZ_CASES,
  DEFAULT_PATH,
  DEFAULT_TIMEOUT_MS,
} from "../conformance/engine-options.ts";
import { TOKEN_ENV } from "../conformance/reproduce.ts";
import { REPORTERS, type ReporterName } from "../conformance/reporters/names.ts";
import { prepareOutputFile, writeOutputFile } from "./output-file.ts";
import { specProblems } from "./spec-freshness.ts";
import {
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  integerOption,
  parseCommandArgs,
  UsageError,
  type Command,
} from "./command.ts";

export const testCommand: Command = {
  name: "test",
  summary: "check a running Socket.IO server against the contract, event by event",
  help: `Usage: chat-contract test [--url URL] [--token T | --jwt-secret S] [--timeout MS] [--path P]
                          [--reporter console|json|junit] [--output FILE] [--trace FILE]
                          [--only EVENT,...] [--skip EVENT,...] [--checks CHECK,...]
                          [--exclude-checks CHECK,...] [--max-failures N] [--fuzz N] [--seed S]
                          [--fuzz-case ID]

Connects several clients to a Socket.IO v4 server (any language), drives it the way
protocol v1 says (two users, one with two devices, a user whose events must be rejected,
rejected handshakes) and checks every frame and every behaviour against asyncapi.yaml.
Without --url it starts the embedded reference server and tests that.

Options:
  --url URL          the server, e.g. http://localhost:3000 (default: embedded reference server);
                     repeat it for the nodes of one cluster: the clients are spread over them
                     (one user's devices and sender and receivers on different nodes; labels
                     such as alice#2@B name the node, A being the first --url)
  --token T          the server's shared handshake token; also tests the AUTH_INVALID refusal
                     (default: $${TOKEN_ENV}; never printed, not even in reproduce commands)
  --jwt-secret S     the server checks per-user JWTs: each connection sends an HS256 JWT for
                     its user signed with S; also tests that one user's valid JWT cannot
                     connect as another user (AUTH_INVALID)
  --timeout MS       bound of every single wait (default ${DEFAULT_TIMEOUT_MS}); the scenarios are bounded
                     by 30 of them, the fuzz phase by its own per-step waits
  --path P           the server's Socket.IO path (default ${DEFAULT_PATH}), for every client
  --reporter NAME    console (default), json or junit
  --output FILE      write the report to FILE (also when the server cannot be reached); with
                     json or junit, progress still goes to stdout
  --trace FILE       write every frame every client sent or received to FILE, one JSON per line
  --only EVENTS      report only these events (comma-separated), run only the scenarios they need
  --skip EVENTS      do not report these events
  --checks NAMES     only these checks judge (comma-separated, as reports name them)
  --exclude-checks NAMES
                     these checks do not judge; they show as skipped
  --max-failures N   stop after N distinct failures; the report covers what ran
  --fuzz N           generated cases per event and kind, valid and invalid, plus malformed
                     packets (default ${DEFAULT_FUZZ_CASES}; 0 = no fuzz phase)
  --seed S           the fuzz seed (default: random, printed); the same seed sends the same bytes
  --fuzz-case ID     replay only this fuzz case (repeatable; what a fuzz failure names)
  -h, --help         this text

Exit codes: 0 conformant, 1 contract violations, 2 bad arguments, an invalid asyncapi.yaml
(or one edited since \`npm run generate\`), or a server that cannot be reached (or refuses
the suite's own handshake). NO_COLOR turns colours off.`,
  async run(argv, output) {
    const { values } = parseCommandArgs("test", argv, {
      url: { type: "string", multiple: true },
      token: { type: "string" },
      "jwt-secret": { type: "string" },
      timeout: { type: "string" },
      path: { type: "string" },
      trace: { type: "string" },
      checks: { type: "string" },
      "exclude-checks": { type: "string" },
      "max-failures": { type: "string" },
      reporter: { type: "string" },
      output: { type: "string" },
      only: { type: "string" },
      skip: { type: "string" },
      fuzz: { type: "string" },
      seed: { type: "string" },
      "fuzz-case": { type: "string", multiple: true },
    });
    if (values.help) {
      output.out(testCommand.help);
      return EXIT_OK;
    }
    const reporter = reporterOption(values.reporter);
    const options: EngineOptions = {
      url: urlOption(values.url?.[0]),
      moreUrls: values.url?.slice(1).map((url) => urlOption(url) as string),
      // From the environment when not given, so neither the command line nor a reproduce
      // command has to carry it.
      token: values.token ?? nonEmpty(process.env[TOKEN_ENV]),
      jwtSecret: jwtSecretOption(values.token, values["jwt-secret"]),
      timeoutMs: integerOption("test", "timeout", values.timeout, DEFAULT_TIMEOUT_MS, 1),
      only: eventsOption("only", values.only),
      skip: eventsOption("skip", values.skip),
      fuzz: integerOption("test", "fuzz", values.fuzz, DEFAULT_FUZZ_CASES, 0),
      seed:
        values.seed === undefined ? undefined : integerOption("test", "seed", values.seed, 0, 0),
      fuzzCases: values["fuzz-case"],
      path: pathOption(values.path),
      checks: await checksOption("checks", values.checks),
      excludeChecks: await checksOption("exclude-checks", values["exclude-checks"]),
      maxFailures:
        values["max-failures"] === undefined
          ? undefined
          : integerOption("test", "max-failures", values["max-failures"], 1, 1),
    };
    await checkSelection(options);
    const file = values.output === undefined ? undefined : path.resolve(values.output);
    if (file !== undefined) await prepareOutputFile(file);
    const traceFile = values.trace === undefined ? undefined : path.resolve(values.trace);
    if (traceFile !== undefined) await prepareOutputFile(traceFile, "trace");
    const problems = await specProblems();
    if (problems.length > 0) {
      problems.forEach((line) => output.err(line));
      return EXIT_USAGE;
    }
    // Loaded here, not at start-up: other commands do not pay for the suite.
    const { runConformance, TargetError } = await import("../conformance/index.ts");
    const { consoleReporter, createReporter, shouldUseColor, renderJsonError, renderJunitError } =
      await import("../conformance/reporters/index.ts");
    const { openTraceFile } = await import("../conformance/trace.ts");
    const trace =
      traceFile === undefined
        ? undefined
        : openTraceFile(traceFile, { secrets: options.token === undefined ? [] : [options.token] });
    if (trace !== undefined) options.trace = trace.sink;
    const color = shouldUseColor(process.env, process.stdout.isTTY === true);
    const saved: string[] = [];
    const listeners: EngineListener[] =
      file === undefined
        ? [createReporter(reporter, output.out, { color })]
        : [
            createReporter(reporter, (text) => saved.push(text), { color: false }),
            // The report goes to the file; a person reading the CI log still sees progress.
            ...(reporter === "console" ? [] : [consoleReporter(output.out, { color })]),
          ];
    let ok: boolean;
    const started = performance.now();
    try {
      const report = await runConformance(options, (event) =>
        listeners.forEach((listen) => listen(event)),
      );
      ok = report.ok;
    } catch (error) {
      if (!(error instanceof TargetError)) throw error;
      output.err(`chat-contract test: ${error.message}`);
      // A CI step that publishes the report still finds one, saying why there is no verdict.
      if (file !== undefined) {
        const cause = { kind: error.kind, message: error.message };
        const url = options.url ?? "(embedded reference server)";
        const elapsed = performance.now() - started;
        await writeOutputFile(
          file,
          reporter === "junit"
            ? renderJunitError(url, cause, elapsed)
            : reporter === "json"
              ? `${renderJsonError(url, cause, elapsed)}\n`
              : `chat-contract test: ${error.message}\n`,
        );
      }
      return EXIT_USAGE;
    } finally {
      await trace?.close();
    }
    if (file !== undefined) {
      await writeOutputFile(file, `${saved.join("\n")}\n`);
      if (reporter !== "console")
        output.out(`${reporter} report written to ${path.relative(process.cwd(), file) || file}`);
    }
    return ok ? EXIT_OK : EXIT_FAILED;
  },
};

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

function pathOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!value.startsWith("/") || /[?#\s]/.test(value))
    throw new UsageError(`test: --path must be a URL path such as /socket.io, got "${value}"`);
  return value;
}

async function checksOption(
  name: string,
  value: string | undefined,
): Promise<string[] | undefined> {
  if (value === undefined) return undefined;
  const checks = value
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "");
  const { checkNames, unknownChecks } = await import("../conformance/selection.ts");
  const unknown = unknownChecks(checks);
  if (checks.length === 0 || unknown.length > 0) {
    const what =
      unknown.length > 0
        ? `${unknown.map((c) => `"${c}"`).join(", ")} is not a check`
        : "no check named";
    throw new UsageError(`test: --${name}: ${what}; checks: ${checkNames().join(", ")}`);
  }
  return checks;
}

function reporterOption(value: string | undefined): ReporterName {
  if (value === undefined) return "console";
  if ((REPORTERS as readonly string[]).includes(value)) return value as ReporterName;
  throw new UsageError(`test: --reporter must be one of ${REPORTERS.join(", ")}, got "${value}"`);
}

function urlOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`test: --url must be a URL such as http://localhost:3000, got "${value}"`);
  }
  if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) {
    throw new UsageError(`test: --url must be an http(s) or ws(s) URL, got "${value}"`);
  }
  return value;
}

function eventsOption(name: string, value: string | undefined): EventName[] | undefined {
  if (value === undefined) return undefined;
  const events = value
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  const unknown = events.filter((e) => !isContractEvent(e));
  if (unknown.length > 0) {
    throw new UsageError(
      `test: --${name}: ${unknown.map((e) => `"${e}"`).join(", ")} not in the contract; events: ${EVENT_NAMES.join(", ")}`,
    );
  }
  return events as EventName[];
}

/** Selections that cannot give a meaningful verdict are usage errors, caught before connecting. */
async function checkSelection(options: EngineOptions): Promise<void> {
  const { selectedEvents } = await import("../conformance/selection.ts");
  if (selectedEvents({ only: options.only, skip: options.skip }).size === 0) {
    throw new UsageError("test: --only and --skip leave no event to test");
  }
  const cases = options.fuzzCases;
  if (cases === undefined) return;
  if (options.fuzz === 0) {
    throw new UsageError("test: --fuzz-case replays a case of a fuzz round: give --fuzz N (not 0)");
  }
  if (options.seed === undefined) {
    throw new UsageError("test: --fuzz-case needs the --seed of the round it comes from");
  }
  const { unknownFuzzCase } = await import("../conformance/fuzz/index.ts");
  const problem = unknownFuzzCase({ cases, casesPerKind: options.fuzz ?? 0, seed: options.seed });
  if (problem !== undefined) throw new UsageError(`test: ${problem}`);
}

function jwtSecretOption(
  token: string | undefined,
  secret: string | undefined,
): string | undefined {
  if (secret === undefined) return undefined;
  if (token !== undefined) throw new UsageError("test: give --token or --jwt-secret, not both");
  if (secret === "") throw new UsageError("test: --jwt-secret must not be empty");
  return secret;
}
