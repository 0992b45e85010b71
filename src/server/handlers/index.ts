// One handler per client-to-server event. The mapped type makes a missing handler a
// compile error when the contract gains an event.
import { CLIENT_TO_SERVER_EVENTS, type ClientToServerEventName } from "../../contract/index.ts";
import type { Handler, ServerContext } from "../context.ts";
import { internalMessage, Rejection, replyRejection } from "../errors.ts";
import type { ChatSocket } from "../types.ts";
import { onUserChangedGroup } from "./change-group.ts";
import { onGroupCreated, onGroupMemberAdded, onGroupMemberRemoved } from "./groups.ts";
import { onFileUploaded, onMessageSent } from "./messaging.ts";
import { onUserSettingsUpdated, onUserStatusChanged } from "./user.ts";

const HANDLERS: { [E in ClientToServerEventName]: Handler<E> } = {
  MESSAGE_SENT: onMessageSent,
  FILE_UPLOADED: onFileUploaded,
  USER_STATUS_CHANGED: onUserStatusChanged,
  GROUP_CREATED: onGroupCreated,
  GROUP_MEMBER_ADDED: onGroupMemberAdded,
  GROUP_MEMBER_REMOVED: onGroupMemberRemoved,
  USER_SETTINGS_UPDATED: onUserSettingsUpdated,
  USER_CHANGED_GROUP: onUserChangedGroup,
};

export function registerHandlers(ctx: ServerContext, socket: ChatSocket): void {
  for (const event of CLIENT_TO_SERVER_EVENTS) {
    // Socket.IO passes a trailing ack function when the client asked for one: ignored (not in v1).
    socket.on(event, (payload: unknown) => runHandler(ctx, socket, event, payload));
  }
}

/**
 * Runs a handler so that no input can throw out of it: Socket.IO calls listeners from
 * process.nextTick, where an exception would end the process. A Rejection becomes its
 * ERROR_OCCURED; anything else is logged and becomes INTERNAL.
 */
export function runHandler(
  ctx: ServerContext,
  socket: ChatSocket,
  event: ClientToServerEventName,
  payload: unknown,
): void {
  try {
    (HANDLERS[event] as Handler<typeof event>)(ctx, socket, payload as never);
  } catch (error) {
    if (error instanceof Rejection) return reply(ctx, socket, error);
    ctx.logger.error(`${event} from ${socket.data.userId} (${socket.id}) failed`, error);
    reply(ctx, socket, new Rejection("INTERNAL", internalMessage(event)));
  }
}

function reply(ctx: ServerContext, socket: ChatSocket, rejection: Rejection): void {
  try {
    replyRejection(socket, rejection);
  } catch (error) {
    ctx.logger.error(`could not send ERROR_OCCURED to ${socket.id}`, error);
  }
}
