// chat-contract: thin on purpose. Parse the subcommand, call it, map the result to an
// exit code; all the work lives in scripts/ and src/.
import { EXIT_OK, EXIT_USAGE, UsageError, type Command, type Output } from "./cli/command.ts";
import { generateCommand } from "./cli/generate-command.ts";
import { docsCommand } from "./cli/docs-command.ts";
import { serveCommand } from "./cli/serve-command.ts";
import { testCommand } from "./cli/test-command.ts";
import { diffCommand } from "./cli/diff-command.ts";
import { packageVersion } from "./cli/version.ts";

const COMMANDS: Command[] = [generateCommand, docsCommand, serveCommand, testCommand, diffCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: chat-contract <command> [options]",
    "",
    "The Socket.IO chat protocol as a contract: asyncapi.yaml, codegen, docs, reference",
    "server and conformance suite.",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run chat-contract <command> --help for a command's options; --version prints the version.",
  ].join("\n");
}

const consoleOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export async function main(argv: string[], output: Output = consoleOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    output.out(usage());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version" || name === "-v") {
    output.out(packageVersion());
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    output.err(`chat-contract: unknown command "${name}"\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(error.message);
      return EXIT_USAGE;
    }
    throw error;
  }
}
