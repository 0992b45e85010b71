import path from "node:path";
import { parseArgs } from "node:util";
import { EXIT_OK, EXIT_USAGE, UsageError, type Command } from "./command.ts";
import { CODEGEN_PEERS, loadFeature } from "./optional-feature.ts";
import { prepareOutputFile, writeOutputFile } from "./output-file.ts";

const REPORTERS = ["console", "json", "markdown"] as const;
type ReporterName = (typeof REPORTERS)[number];

export const diffCommand: Command = {
  name: "diff",
  summary: "breaking-change check between two versions of asyncapi.yaml",
  help: `Usage: chat-contract diff OLD [NEW] [--reporter console|json|markdown] [--output FILE]
       chat-contract diff --base GIT_REF [NEW] [...]

Compares two AsyncAPI documents event by event, on the normalised JSON Schemas that
\`generate\` builds, and says which changes break deployed clients or servers:
  client -> server and handshake auth: breaking when the server would now reject a
      payload it accepted (new required field, tighter bounds, fewer enum values, ...)
  server -> client: breaking when the server may now send a payload the old schema
      rejected (new property, field no longer required, looser bounds, new enum value, ...)
  a removed or renamed event breaks in every direction it had; new events do not.
What cannot be decided (a changed pattern, a reshaped oneOf) is reported as undecided.

Options:
  --base GIT_REF          read OLD with \`git show GIT_REF:./asyncapi.yaml\` (e.g. origin/main)
  --reporter NAME         console (default), json or markdown (a pull-request comment)
  --output FILE           write the report to FILE instead of stdout
  --require-major-bump    accept breaking or undecided changes only with a new major
                          info.version; without one, exit 1 saying so
  -h, --help              this text

NEW defaults to asyncapi.yaml.
Exit codes: 0 nothing breaking, 1 breaking or undecided changes, 2 bad arguments or an
invalid document (each problem printed as FILE:LINE:COL).`,
  async run(argv, output) {
    const { values, positionals } = parseDiffArgs(argv);
    if (values.help) {
      output.out(diffCommand.help);
      return EXIT_OK;
    }
    const reporter = reporterOption(values.reporter);
    const base = values.base;
    const expected = base === undefined ? "OLD [NEW]" : "[NEW] (OLD comes from --base)";
    const maxFiles = base === undefined ? 2 : 1;
    if (positionals.length > maxFiles || (base === undefined && positionals.length === 0)) {
      throw new UsageError(`diff: expected ${expected}, got ${positionals.length} file(s)`);
    }
    if (base !== undefined && base.trim() === "")
      throw new UsageError("diff: --base needs a git ref");
    const newFile = path.resolve(positionals[base === undefined ? 1 : 0] ?? "asyncapi.yaml");
    const file = values.output === undefined ? undefined : path.resolve(values.output);
    if (file) await prepareOutputFile(file).catch(renamePrefix);
    // Loaded on use, as generate does: the parser costs a second to import, and it is an
    // optional peer dependency (a missing one is a usage error naming what to install).
    const { runDiff, SpecError } = await loadFeature("diff", CODEGEN_PEERS, async () => ({
      ...(await import("../diff/run-diff.ts")),
      ...(await import("../../scripts/codegen/diagnostics.ts")),
    }));
    try {
      const { outcome, text } = await runDiff({
        old: base === undefined ? { file: path.resolve(positionals[0]!) } : { ref: base },
        newFile,
        reporter,
        requireMajorBump: values["require-major-bump"] ?? false,
      });
      if (file) {
        await writeOutputFile(file, `${text}\n`);
        output.out(
          `diff: ${reporter} report written to ${path.relative(process.cwd(), file) || file}`,
        );
      } else {
        output.out(text);
      }
      return outcome.exitCode;
    } catch (error) {
      if (error instanceof SpecError) {
        for (const line of error.lines) output.err(line);
        output.err(`diff: ${error.lines.length} problem(s) in ${error.file}; nothing compared`);
        return EXIT_USAGE;
      }
      throw error;
    }
  },
};

function parseDiffArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        base: { type: "string" },
        reporter: { type: "string" },
        output: { type: "string" },
        "require-major-bump": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`diff: ${(error as Error).message} (see chat-contract diff --help)`);
  }
}

function reporterOption(value: string | undefined): ReporterName {
  if (value === undefined) return "console";
  if ((REPORTERS as readonly string[]).includes(value)) return value as ReporterName;
  throw new UsageError(`diff: --reporter must be one of ${REPORTERS.join(", ")}, got "${value}"`);
}

/** prepareOutputFile words its error for `test`; say `diff` instead. */
function renamePrefix(error: unknown): never {
  if (error instanceof UsageError) throw new UsageError(error.message.replace(/^test:/, "diff:"));
  throw error;
}
