// The shapes that flow between the codegen phases. Each phase is a small function
// from one of these to the next; index.ts calls them in order.

export type JsonSchema = { [keyword: string]: unknown };

/** `server-to-client`: the server emits it; `client-to-server`: the server accepts it. */
export type Direction = "server-to-client" | "client-to-server";

export interface EventExample {
  name: string;
  summary: string;
  payload: unknown;
}

export interface EventModel {
  /** The wire event name, which is also the AsyncAPI message `name`. */
  name: string;
  title: string;
  summary: string;
  description: string;
  directions: Direction[];
  /** `connect_error`: the payload travels as the data of a CONNECT_ERROR packet, not as an event. */
  delivery: "event" | "connect_error";
  /** The TypeScript type name of the payload (its schema's `title`). */
  payloadType: string;
  /** The payload schema, normalised: shared pieces are `$ref: "#/definitions/Name"`. */
  schema: JsonSchema;
  examples: EventExample[];
  errorCodes: string[];
  /** `x-max-depth`: payload field (JSON Pointer) -> the nesting depth every server must accept there. */
  maxDepth: Record<string, number>;
}

export interface ContractModel {
  title: string;
  version: string;
  events: EventModel[];
  /** Named component schemas shared by payloads, by name. */
  definitions: Record<string, JsonSchema>;
  handshake: { auth: JsonSchema; connectErrorMessage: string; errorCodes: string[] };
  /** SHA-256 of asyncapi.yaml's bytes: lets a tool tell in microseconds that generated/ is current. */
  sourceSha256: string;
}

/** One file the generator produces, relative to the project root. */
export interface OutputFile {
  path: string;
  content: string;
}
