// An independent check of what clients receive, built at test time from the JSON Schemas
// in schemas/ (ajv + ajv-formats), NOT from the generated validators the server uses: a
// bug in codegen's validators cannot hide a bug in the server.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

const SCHEMAS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schemas");
// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface CatalogEvent {
  name: string;
  directions: string[];
  delivery: string;
  schema: string;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(SCHEMAS_DIR, file), "utf8"));
}

function compileAll(): { events: CatalogEvent[]; validators: Map<string, ValidateFunction> } {
  const catalog = readJson("catalog.json") as { events: CatalogEvent[] };
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction>();
  for (const event of catalog.events) {
    validators.set(event.name, ajv.compile(readJson(event.schema) as object));
  }
  return { events: catalog.events, validators };
}

const { events, validators } = compileAll();
/** Events a client may receive as events (CONNECTION_ERROR travels as connect_error data). */
const RECEIVABLE = new Set(
  events
    .filter((e) => e.directions.includes("server-to-client") && e.delivery === "event")
    .map((e) => e.name),
);

function schemaProblems(event: string, payload: unknown): string[] {
  const validate = validators.get(event);
  if (validate === undefined) return [`${event}: no schema in schemas/`];
  if (validate(payload)) return [];
  return (validate.errors ?? []).map(
    (e) => `${event} ${e.instancePath || "(payload)"}: ${e.message ?? e.keyword}`,
  );
}

/** Every way an event a client received breaks the contract; empty when it conforms. */
export function problemsWithReceived(event: string, args: readonly unknown[]): string[] {
  if (!RECEIVABLE.has(event)) return [`${event}: not an event the server may send`];
  if (args.length !== 1) return [`${event}: expected exactly one argument, got ${args.length}`];
  return schemaProblems(event, args[0]);
}

/** Every way the data of a connect_error breaks the CONNECTION_ERROR schema. */
export function problemsWithConnectError(data: unknown): string[] {
  return schemaProblems("CONNECTION_ERROR", data);
}
