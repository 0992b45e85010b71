// The typed Socket.IO shapes of the reference server, built on the generated event maps:
// a mistyped emit or listener anywhere in src/server does not compile.
import type { DefaultEventsMap, Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "../contract/index.ts";

/** What the server remembers about each connection (`socket.data`). */
export interface SocketData {
  /** The user this connection authenticated as in the handshake. */
  userId: string;
  /** The connection's current channel: `general` or a group id. */
  channelId: string;
}

export type ChatIoServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  DefaultEventsMap,
  SocketData
>;
export type ChatSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  DefaultEventsMap,
  SocketData
>;

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string, err?: unknown): void;
}

/** A server emits every payload with its own clock, as JSON.stringify(new Date()) writes it. */
export function now(): string {
  return new Date().toISOString();
}
