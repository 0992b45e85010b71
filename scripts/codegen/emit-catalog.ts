// Phase 7: the event catalogue as TypeScript constants: names, directions, examples and
// error codes, for the runtime (server, conformance suite) to iterate without parsing YAML.
import { TS_BANNER } from "./banner.ts";
import type { ContractModel, OutputFile } from "./model.ts";

export const CATALOG_FILE = "generated/catalog.ts";

function constant(name: string, value: unknown, type?: string): string {
  const annotation = type ? `: ${type}` : "";
  const suffix = type ? "" : " as const";
  return `export const ${name}${annotation} = ${JSON.stringify(value, null, 2)}${suffix};\n`;
}

export function emitCatalog(model: ContractModel): OutputFile {
  const names = model.events.map((e) => e.name);
  const events = Object.fromEntries(
    model.events.map((e) => [
      e.name,
      {
        name: e.name,
        title: e.title,
        summary: e.summary,
        directions: e.directions,
        delivery: e.delivery,
        payloadType: e.payloadType,
        errorCodes: e.errorCodes,
        maxDepth: e.maxDepth,
        examples: e.examples,
      },
    ]),
  );
  const errorOccured = model.events.find((e) => e.name === "ERROR_OCCURED");
  const parts = [
    TS_BANNER,
    constant("PROTOCOL", { title: model.title, version: model.version }),
    "/** SHA-256 of the asyncapi.yaml these files were generated from. */",
    `export const SPEC_SHA256 = ${JSON.stringify(model.sourceSha256)};\n`,
    "/** Every event of the contract, in the order of asyncapi.yaml. */",
    constant("EVENT_NAMES", names),
    "export type EventName = (typeof EVENT_NAMES)[number];\n",
    "/** Events the server may emit (connect_error data excluded). */",
    constant(
      "SERVER_TO_CLIENT_EVENTS",
      model.events
        .filter((e) => e.delivery === "event" && e.directions.includes("server-to-client"))
        .map((e) => e.name),
    ),
    "export type ServerToClientEventName = (typeof SERVER_TO_CLIENT_EVENTS)[number];\n",
    "/** Events the server accepts from clients. */",
    constant(
      "CLIENT_TO_SERVER_EVENTS",
      model.events.filter((e) => e.directions.includes("client-to-server")).map((e) => e.name),
    ),
    "export type ClientToServerEventName = (typeof CLIENT_TO_SERVER_EVENTS)[number];\n",
    "/** The errorCode values of ERROR_OCCURED. */",
    constant("ERROR_CODES", errorOccured?.errorCodes ?? []),
    "export type KnownErrorCode = (typeof ERROR_CODES)[number];\n",
    constant("HANDSHAKE", {
      connectErrorMessage: model.handshake.connectErrorMessage,
      errorCodes: model.handshake.errorCodes,
    }),
    "/** Each event's metadata and examples, by name. */",
    constant("EVENTS", events),
  ];
  return { path: CATALOG_FILE, content: parts.join("\n") };
}
