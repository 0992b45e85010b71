#!/usr/bin/env node
// The `chat-contract` command: the compiled JavaScript in dist/, plain node, no loader.
// `npm ci` builds dist/ (the `prepare` script); in a checkout, `npm run build` after edits.
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/src/cli.js", import.meta.url);
let cli;
try {
  cli = await import(entry.href);
} catch (error) {
  // Only dist/src/cli.js itself missing means "not built"; anything else is a real error.
  const notBuilt =
    error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes(fileURLToPath(entry));
  if (!notBuilt) throw error;
  process.stderr.write(
    `chat-contract: ${fileURLToPath(entry)} is missing: run \`npm run build\` in this checkout.\n`,
  );
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
