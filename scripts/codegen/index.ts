// The codegen chain: asyncapi.yaml in, schemas/ and generated/ out.
//
//   load-spec         parse asyncapi.yaml; error diagnostics stop here (nothing written)
//   extract-events    the document's messages, directions, examples -> ContractModel
//     normalise-schema  (used by extract) strip x-parser-*, named components -> #/definitions
//   emit-schemas      schemas/<EVENT>.json, HANDSHAKE_AUTH.json, catalog.json
//   emit-types        generated/payloads.ts      (json-schema-to-typescript, one root)
//   emit-event-maps   generated/event-maps.ts    (socket.io EventsMap shape)
//   emit-catalog      generated/catalog.ts       (names, directions, examples as constants)
//   emit-validators   generated/validators.js/.d.ts (ajv standalone)
//   emit-index        generated/index.ts
//   write-outputs     all-or-nothing write, or --check: compare and name each stale file
//
// Every phase before write-outputs is pure (model in, strings out), so the same input
// gives byte-identical output and a check needs no temporary directory.
import path from "node:path";
import { emitCatalog } from "./emit-catalog.ts";
import { emitEventMaps } from "./emit-event-maps.ts";
import { emitIndex } from "./emit-index.ts";
import { emitSchemas } from "./emit-schemas.ts";
import { emitTypes } from "./emit-types.ts";
import { emitValidators } from "./emit-validators.ts";
import { extractContract } from "./extract-events.ts";
import { loadSpec } from "./load-spec.ts";
import type { ContractModel, OutputFile } from "./model.ts";
import { findDrift, writeOutputs, type Drift } from "./write-outputs.ts";

export { SpecError } from "./diagnostics.ts";
export type { ContractModel, OutputFile } from "./model.ts";
export type { Drift } from "./write-outputs.ts";

export async function loadContractModel(
  specPath: string,
): Promise<{ model: ContractModel; warnings: string[] }> {
  const { document, warnings, sha256 } = await loadSpec(specPath);
  return { model: { ...extractContract(document), sourceSha256: sha256 }, warnings };
}

export async function renderOutputs(model: ContractModel): Promise<OutputFile[]> {
  return [
    ...emitSchemas(model),
    await emitTypes(model),
    emitEventMaps(model),
    emitCatalog(model),
    ...emitValidators(model),
    emitIndex(),
  ];
}

export interface GenerateOptions {
  /** The project root: outputs go to <rootDir>/schemas and <rootDir>/generated. */
  rootDir: string;
  /** Defaults to <rootDir>/asyncapi.yaml. */
  specPath?: string;
  /** Compare instead of writing. */
  check?: boolean;
}

export interface GenerateResult {
  outputs: OutputFile[];
  warnings: string[];
  /** With check: the files that are stale. */
  drift: Drift[];
  /** Without check: files removed from the owned folders because nothing produces them now. */
  removed: string[];
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const specPath = options.specPath ?? path.join(options.rootDir, "asyncapi.yaml");
  const { model, warnings } = await loadContractModel(specPath);
  const outputs = await renderOutputs(model);
  if (options.check) {
    return { outputs, warnings, drift: await findDrift(options.rootDir, outputs), removed: [] };
  }
  const removed = await writeOutputs(options.rootDir, outputs);
  return { outputs, warnings, drift: [], removed };
}
