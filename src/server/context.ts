// What every handler needs: the server (to find recipients), the state, and a logger.
import type { ClientToServerEventName, EventPayloads } from "../contract/index.ts";
import type { ChatState } from "./chat-state.ts";
import type { ChatIoServer, ChatSocket, Logger } from "./types.ts";

export interface ServerContext {
  io: ChatIoServer;
  state: ChatState;
  logger: Logger;
}

/**
 * Applies one accepted (schema-valid) event of `socket`, or throws a Rejection. Synchronous
 * on purpose: one connection's events are then applied strictly in the order they came.
 */
export type Handler<E extends ClientToServerEventName> = (
  ctx: ServerContext,
  socket: ChatSocket,
  payload: EventPayloads[E],
) => void;
