// What every subcommand looks like, and the parsing helpers they share.
import { parseArgs, type ParseArgsConfig } from "node:util";

export const EXIT_OK = 0;
/** The target broke the contract (test), or the outputs are stale (generate --check). */
export const EXIT_FAILED = 1;
/** Misuse: bad arguments, unreachable server, invalid asyncapi.yaml. */
export const EXIT_USAGE = 2;

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  name: string;
  summary: string;
  /** The full --help text. */
  help: string;
  run(argv: string[], output: Output): Promise<number>;
}

/** Raised for bad arguments; the CLI prints its message and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

/** parseArgs' result, named so the published declarations can spell it. */
export type ParsedCommandArgs<T extends Options> = ReturnType<
  typeof parseArgs<{
    args: string[];
    options: T & typeof HELP_OPTION;
    strict: true;
    allowPositionals: false;
  }>
>;

export function parseCommandArgs<T extends Options>(
  command: string,
  argv: string[],
  options: T,
): ParsedCommandArgs<T> {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, ...HELP_OPTION },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(
      `${command}: ${(error as Error).message} (see chat-contract ${command} --help)`,
    );
  }
}

/** Parses a whole number option, with the option's name in the error. */
export function integerOption(
  command: string,
  name: string,
  value: string | undefined,
  fallback: number,
  min = 0,
): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) {
    throw new UsageError(`${command}: --${name} must be a whole number >= ${min}, got "${value}"`);
  }
  return number;
}
