// The contract at run time: generated types, the event catalogue and the validators.
// Anything (the reference server, the conformance suite, your own app) imports from here.
import path from "node:path";
import { fileURLToPath } from "node:url";

export type * from "../../generated/payloads.ts";
export type * from "../../generated/event-maps.ts";
export * from "../../generated/catalog.ts";
export * from "./validate-event.ts";
export * from "./violation.ts";

/**
 * The project root: where asyncapi.yaml and schemas/ live. This file runs from
 * src/contract/ (sources, through tsx) or dist/src/contract/ (the published JavaScript).
 */
export const PROJECT_ROOT = projectRoot(path.dirname(fileURLToPath(import.meta.url)));
export const SPEC_PATH = path.join(PROJECT_ROOT, "asyncapi.yaml");
export const SCHEMAS_DIR = path.join(PROJECT_ROOT, "schemas");

function projectRoot(here: string): string {
  const above = path.resolve(here, "../..");
  return path.basename(above) === "dist" ? path.dirname(above) : above;
}
