// schemas/*.json as data, for code that derives things from the schemas at run time (the
// fuzzer). One small seam on purpose: the single-file build (scripts/build/bundle.mjs)
// swaps this module for one with every schema inlined, as it has no schemas/ folder.
import { readFileSync } from "node:fs";
import path from "node:path";
import { SCHEMAS_DIR } from "./index.ts";

/** Parses schemas/<file> (e.g. "catalog.json", "MESSAGE_SENT.json"). */
export function readSchemaFile(file: string): unknown {
  return JSON.parse(readFileSync(path.join(SCHEMAS_DIR, file), "utf8"));
}
