#!/usr/bin/env node
// The `chat-contract` command: the compiled JavaScript in dist/, plain node, no loader.
// `npm ci` builds dist/ (the `prepare` script); in a checkout, `npm run build` after edits.
let cli;
try {
  cli = await import("../dist/src/cli.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist"))
    throw error;
  process.stderr.write(
    `chat-contract: ${error.message}\nThe compiled CLI is missing: run \`npm run build\` in this checkout.\n`,
  );
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
