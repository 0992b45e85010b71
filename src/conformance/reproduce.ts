// The command that reproduces a failure: every option that changes what the run does
// (target, path, timeout, checks, fuzz round), and never the token, which the command
// reads from CHAT_CONTRACT_TOKEN (README: "chat-contract test").
import { DEFAULT_PATH, type ResolvedOptions } from "./engine-options.ts";

export const TOKEN_ENV = "CHAT_CONTRACT_TOKEN";

/** Quotes `text` for a POSIX shell when it needs it. */
export function shellQuote(text: string): string {
  return /^[\w./:=@,%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface ReproduceWhat {
  /** --only EVENT: the scenarios of one event. */
  only?: string | undefined;
  /** --fuzz N (0: scenarios only). */
  fuzz: number;
  seed?: number | undefined;
  fuzzCase?: string | undefined;
}

type ReproduceOptions = Pick<
  ResolvedOptions,
  "embedded" | "url" | "timeoutMs" | "path" | "checks" | "excludeChecks"
> & { nodes?: readonly string[] };

/** `npx chat-contract test --url U --timeout T … --only EVENT --fuzz 0` */
export function reproduceCommand(options: ReproduceOptions, what: ReproduceWhat): string {
  const parts = ["npx chat-contract test"];
  if (!options.embedded) {
    for (const url of options.nodes ?? [options.url]) parts.push(`--url ${shellQuote(url)}`);
  }
  parts.push(`--timeout ${options.timeoutMs}`);
  if (options.path !== DEFAULT_PATH) parts.push(`--path ${shellQuote(options.path)}`);
  if (options.checks !== undefined && options.checks.length > 0)
    parts.push(`--checks ${shellQuote(options.checks.join(","))}`);
  if (options.excludeChecks !== undefined && options.excludeChecks.length > 0)
    parts.push(`--exclude-checks ${shellQuote(options.excludeChecks.join(","))}`);
  parts.push(`--fuzz ${what.fuzz}`);
  if (what.seed !== undefined) parts.push(`--seed ${what.seed}`);
  if (what.only !== undefined) parts.push(`--only ${what.only}`);
  if (what.fuzzCase !== undefined) parts.push(`--fuzz-case ${shellQuote(what.fuzzCase)}`);
  return parts.join(" ");
}
