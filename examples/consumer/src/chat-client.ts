// A typed client: socket.io-client with the contract's event maps, so a wrong event name
// or payload shape does not compile.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "chat-contract";

export type ChatClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export function connectClient(url: string, userId: string): Promise<ChatClient> {
  const socket: ChatClient = io(url, { auth: { userId }, transports: ["websocket"] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${userId}: no connection to ${url}`)), 5000);
    socket.once("connect", () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once("connect_error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** The next `event` on `socket`, or an error after `ms`. */
export function next<E extends keyof ServerToClientEvents>(
  socket: ChatClient,
  event: E,
  ms = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${String(event)} within ${ms} ms`)), ms);
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      clearTimeout(timer);
      resolve(payload);
    };
    // socket.io-client's typed `once` cannot see that `listener` fits event E.
    socket.once(event, listener as never);
  });
}
