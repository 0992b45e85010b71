// `chat-contract --version`: the version in package.json. The single-file build swaps this
// module for one holding the version as a constant (it has no package.json beside it).
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../contract/index.ts";

export function packageVersion(): string {
  const text = readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}
