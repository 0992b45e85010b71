// Who receives what. Rooms pick the recipients; every payload then goes out through the
// recipient's own socket.emit (not a room broadcast), so per-socket hooks see it all:
// onAnyOutgoing validation, and test fixtures that wrap socket.emit to break a server.
import type { ServerToClientEvents } from "../contract/index.ts";
import type { ChatIoServer, ChatSocket } from "./types.ts";

type ServerEvent = keyof ServerToClientEvents;

/** The connections in any of `rooms`, each once, without `except` (the sender). */
export function socketsIn(
  io: ChatIoServer,
  rooms: Iterable<string>,
  except?: ChatSocket,
): ChatSocket[] {
  const namespace = io.of("/");
  const ids = new Set<string>();
  for (const room of rooms) {
    for (const id of namespace.adapter.rooms.get(room) ?? []) ids.add(id);
  }
  if (except !== undefined) ids.delete(except.id);
  return [...ids].flatMap((id) => namespace.sockets.get(id) ?? []);
}

/** Every open connection but `except`. */
export function everyoneBut(io: ChatIoServer, except: ChatSocket): ChatSocket[] {
  return [...io.of("/").sockets.values()].filter((socket) => socket.id !== except.id);
}

export function deliver<E extends ServerEvent>(
  recipients: Iterable<ChatSocket>,
  event: E,
  ...args: Parameters<ServerToClientEvents[E]>
): void {
  for (const socket of recipients) socket.emit(event, ...args);
}
