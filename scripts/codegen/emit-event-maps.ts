// Phase 6: Socket.IO typed event maps in socket.io's own EventsMap shape, so that
// `new Server<ClientToServerEvents, ServerToClientEvents>()` and
// `io() as Socket<ServerToClientEvents, ClientToServerEvents>` type every emit and listener.
// CONNECTION_ERROR is left out of the maps on purpose: it is never emitted as an event,
// only carried as connect_error data (ConnectErrorData below).
import { TS_BANNER } from "./banner.ts";
import type { ContractModel, Direction, EventModel, OutputFile } from "./model.ts";

export const EVENT_MAPS_FILE = "generated/event-maps.ts";

function listener(event: EventModel): string {
  const doc = event.summary ? `  /** ${event.summary} */\n` : "";
  return `${doc}  ${event.name}: (payload: ${event.payloadType}) => void;`;
}

function eventsOf(model: ContractModel, direction: Direction): EventModel[] {
  return model.events.filter((e) => e.delivery === "event" && e.directions.includes(direction));
}

export function emitEventMaps(model: ContractModel): OutputFile {
  const connectError = model.events.find((e) => e.delivery === "connect_error");
  const imports = [...new Set(model.events.map((e) => e.payloadType))].sort();
  const lines = [
    TS_BANNER,
    `import type {\n${imports.map((t) => `  ${t},`).join("\n")}\n} from "./payloads.ts";`,
    "",
    "/** Events the server emits and clients listen to. */",
    "export interface ServerToClientEvents {",
    ...eventsOf(model, "server-to-client").map(listener),
    "}",
    "",
    "/** Events clients emit and the server listens to. */",
    "export interface ClientToServerEvents {",
    ...eventsOf(model, "client-to-server").map(listener),
    "}",
    "",
    "/** The `data` of the connect_error a client sees when its handshake is rejected. */",
    `export type ConnectErrorData = ${connectError?.payloadType ?? "never"};`,
    "",
  ];
  return { path: EVENT_MAPS_FILE, content: lines.join("\n") };
}
