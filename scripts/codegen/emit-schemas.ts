// Phase 4: one standalone JSON Schema (draft-07) per event, plus the catalogue of events.
// Standalone means: no x-parser-* keys, every $ref local to the file, usable by any
// validator. JSON has no comments, so the banner goes in `$comment`.
import { BANNER_TEXT } from "./banner.ts";
import type { ContractModel, EventModel, JsonSchema, OutputFile } from "./model.ts";
import { reachableDefinitions } from "./normalise-schema.ts";

export const SCHEMA_DIR = "schemas";
const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

export function schemaId(name: string): string {
  return `urn:chat-contract:protocol-v1:${name}`;
}

export function schemaFileName(name: string): string {
  return `${name}.json`;
}

export const HANDSHAKE_AUTH = "HANDSHAKE_AUTH";

/** The standalone schema document of one payload (or of the handshake auth). */
export function standaloneSchema(
  name: string,
  schema: JsonSchema,
  model: ContractModel,
  description?: string,
): JsonSchema {
  const { title: _payloadType, ...body } = schema;
  const needed = reachableDefinitions(schema, model.definitions);
  const document: JsonSchema = {
    $schema: DRAFT_07,
    $id: schemaId(name),
    $comment: BANNER_TEXT,
    title: name,
    ...(description ? { description } : {}),
    ...body,
  };
  if (needed.length > 0) {
    document["definitions"] = Object.fromEntries(needed.map((n) => [n, model.definitions[n]]));
  }
  return document;
}

export function eventSchema(event: EventModel, model: ContractModel): JsonSchema {
  return standaloneSchema(event.name, event.schema, model, event.summary);
}

export function handshakeSchema(model: ContractModel): JsonSchema {
  return standaloneSchema(
    HANDSHAKE_AUTH,
    model.handshake.auth,
    model,
    "The Socket.IO handshake `auth` object.",
  );
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function catalog(model: ContractModel): JsonSchema {
  return {
    $comment: BANNER_TEXT,
    protocol: { title: model.title, version: model.version },
    transport: { library: "socket.io", version: 4, path: "/socket.io", namespace: "/" },
    handshake: {
      authSchema: schemaFileName(HANDSHAKE_AUTH),
      connectError: {
        message: model.handshake.connectErrorMessage,
        dataEvent: model.handshake.connectErrorMessage,
        errorCodes: model.handshake.errorCodes,
      },
    },
    events: model.events.map((event) => ({
      name: event.name,
      directions: event.directions,
      delivery: event.delivery,
      schema: schemaFileName(event.name),
      summary: event.summary,
      ...(event.errorCodes.length > 0 ? { errorCodes: event.errorCodes } : {}),
    })),
  };
}

export function emitSchemas(model: ContractModel): OutputFile[] {
  const files = model.events.map((event) => ({
    path: `${SCHEMA_DIR}/${schemaFileName(event.name)}`,
    content: json(eventSchema(event, model)),
  }));
  files.push({
    path: `${SCHEMA_DIR}/${schemaFileName(HANDSHAKE_AUTH)}`,
    content: json(handshakeSchema(model)),
  });
  files.push({ path: `${SCHEMA_DIR}/catalog.json`, content: json(catalog(model)) });
  return files;
}
