// `chat-contract test` judges servers with the code generated from asyncapi.yaml. If the
// file was edited since (or broken), the verdict would be about another contract: say so
// and stop (exit 2). The hash compare costs microseconds; the full parse (about a second)
// only runs when the hashes differ, to tell "invalid" from "not regenerated".
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { SPEC_PATH, SPEC_SHA256 } from "../contract/index.ts";
import { CODEGEN_PEERS, loadFeature } from "./optional-feature.ts";

/** Problems as lines to print; empty when generated/ matches asyncapi.yaml. */
export async function specProblems(specPath: string = SPEC_PATH): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(specPath, "utf8");
  } catch (error) {
    return [`cannot read ${specPath}: ${(error as Error).message}`];
  }
  if (createHash("sha256").update(text).digest("hex") === SPEC_SHA256) return [];
  const { loadContractModel, SpecError } = await loadFeature(
    "checking the edited asyncapi.yaml",
    CODEGEN_PEERS,
    () => import("../../scripts/codegen/index.ts"),
  );
  try {
    await loadContractModel(specPath);
  } catch (error) {
    if (error instanceof SpecError)
      return [...error.lines, `${error.file} is not a valid AsyncAPI document`];
    throw error;
  }
  return [
    `generated/ is stale: asyncapi.yaml changed since the last \`npm run generate\`; run it and retry`,
  ];
}
