// Phase 3: read the events out of the parsed document into the codegen's own model.
// Directions come from operations, not from messages: @asyncapi/parser 3.6 returns []
// for message.operations() on a v3 document (stack-notes.md), so we walk operations.
import type { AsyncAPIDocumentInterface, MessageInterface } from "@asyncapi/parser";
import type { ContractModel, Direction, EventExample, EventModel, JsonSchema } from "./model.ts";
import { SchemaNormaliser } from "./normalise-schema.ts";

const DIRECTION_OF_ACTION: Record<string, Direction> = {
  send: "server-to-client",
  receive: "client-to-server",
};
const DIRECTION_ORDER: Direction[] = ["server-to-client", "client-to-server"];

function directionsByMessage(document: AsyncAPIDocumentInterface): Map<string, Set<Direction>> {
  const result = new Map<string, Set<Direction>>();
  for (const operation of document.operations().all()) {
    const direction = DIRECTION_OF_ACTION[operation.action()];
    if (direction === undefined) continue;
    for (const message of operation.messages().all()) {
      const name = message.name() ?? message.id();
      const set = result.get(name) ?? new Set<Direction>();
      set.add(direction);
      result.set(name, set);
    }
  }
  return result;
}

function extensionValue(message: MessageInterface, key: string): unknown {
  return (message.json() as Record<string, unknown>)[key];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * `x-max-depth: { "/field": N }`: each key a JSON Pointer to a property the payload schema
 * declares, each value a positive integer. Anything else is a mistake in the contract.
 */
function maxDepthOf(
  message: MessageInterface,
  name: string,
  schema: JsonSchema,
): Record<string, number> {
  const value = extensionValue(message, "x-max-depth");
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`message ${name}: x-max-depth must map payload fields ("/field") to depths`);
  }
  const properties = (schema["properties"] ?? {}) as Record<string, unknown>;
  const limits: Record<string, number> = {};
  for (const [pointer, depth] of Object.entries(value)) {
    const field = pointer.startsWith("/") ? pointer.slice(1) : undefined;
    if (field === undefined || !(field in properties)) {
      throw new Error(
        `message ${name}: x-max-depth key "${pointer}" is not "/" + a property of its payload`,
      );
    }
    if (!Number.isInteger(depth) || (depth as number) < 1) {
      throw new Error(`message ${name}: x-max-depth "${pointer}" must be a positive integer`);
    }
    limits[pointer] = depth as number;
  }
  return limits;
}

function examplesOf(message: MessageInterface): EventExample[] {
  return message
    .examples()
    .all()
    .map((example, index) => ({
      name: example.name() ?? `example-${index + 1}`,
      summary: example.summary() ?? "",
      payload: structuredClone(example.payload()),
    }));
}

function eventOf(
  message: MessageInterface,
  directions: Set<Direction> | undefined,
  normaliser: SchemaNormaliser,
): EventModel {
  const name = message.name() ?? message.id();
  const payload = message.payload();
  if (payload === undefined) throw new Error(`message ${name} has no payload schema`);
  const raw = payload.json() as JsonSchema;
  const payloadType = typeof raw["title"] === "string" ? raw["title"] : `${name}Payload`;
  if (directions === undefined || directions.size === 0) {
    throw new Error(
      `message ${name} is in no operation: say whether the server sends or receives it`,
    );
  }
  return {
    name,
    title: message.title() ?? name,
    summary: message.summary() ?? "",
    description: message.description() ?? "",
    directions: DIRECTION_ORDER.filter((d) => directions.has(d)),
    delivery:
      extensionValue(message, "x-socketio-delivery") === "connect_error"
        ? "connect_error"
        : "event",
    payloadType,
    schema: normaliser.root(raw),
    examples: examplesOf(message),
    errorCodes: stringList(extensionValue(message, "x-error-codes")),
    maxDepth: maxDepthOf(message, name, raw),
  };
}

function handshakeOf(document: AsyncAPIDocumentInterface, normaliser: SchemaNormaliser) {
  const channel = document.channels().all()[0];
  const extension = (channel?.json() as Record<string, unknown> | undefined)?.[
    "x-socketio-handshake"
  ];
  const handshake = (extension ?? {}) as Record<string, unknown>;
  const connectError = (handshake["connectError"] ?? {}) as Record<string, unknown>;
  if (typeof handshake["auth"] !== "object" || handshake["auth"] === null) {
    throw new Error("channel x-socketio-handshake.auth (the handshake auth schema) is missing");
  }
  return {
    auth: normaliser.root(handshake["auth"] as JsonSchema),
    connectErrorMessage: String(connectError["message"] ?? "CONNECTION_ERROR"),
    errorCodes: stringList(connectError["errorCodes"]),
  };
}

export function extractContract(
  document: AsyncAPIDocumentInterface,
): Omit<ContractModel, "sourceSha256"> {
  const channels = document.channels().all();
  if (channels.length !== 1) {
    throw new Error(`expected exactly one channel (the namespace /), found ${channels.length}`);
  }
  const directions = directionsByMessage(document);
  const normaliser = new SchemaNormaliser();
  const events = channels[0]!
    .messages()
    .all()
    .map((message) => eventOf(message, directions.get(message.name() ?? message.id()), normaliser));
  const handshake = handshakeOf(document, normaliser);
  const definitions = Object.fromEntries(
    [...normaliser.definitions.entries()].sort(([a], [b]) => a.localeCompare(b)),
  );
  return {
    title: document.info().title(),
    version: document.info().version(),
    events,
    definitions,
    handshake,
  };
}
