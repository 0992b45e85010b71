#!/usr/bin/env node
// The CLI straight from the TypeScript sources, through tsx's loader: what this checkout's
// npm scripts (generate, docs, serve, conformance) run, so an edit needs no rebuild.
// Not published: users get bin/chat-contract.js, the compiled JavaScript in dist/.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
