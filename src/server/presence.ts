// A connection's arrival and departure: the session snapshot, and USER_CONNECTED /
// USER_DISCONNECTED, which count users, not connections (a second device is silent).
import type { ServerContext } from "./context.ts";
import { deliver, everyoneBut } from "./delivery.ts";
import { enterRooms } from "./rooms.ts";
import { now, type ChatSocket } from "./types.ts";

export function arrive(ctx: ServerContext, socket: ChatSocket): void {
  const { userId, channelId } = socket.data;
  const first = ctx.state.connect(userId);
  enterRooms(socket);
  socket.emit("DATA_RECEIVED", {
    dataType: "SESSION_SNAPSHOT",
    data: {
      userId,
      channelId,
      onlineUsers: ctx.state.onlineUsers(),
      groups: ctx.state.groupsOf(userId),
    },
    timestamp: now(),
  });
  if (first) deliver(everyoneBut(ctx.io, socket), "USER_CONNECTED", { userId, timestamp: now() });
}

/** Called on "disconnect", when Socket.IO has already taken the socket out of its rooms. */
export function depart(ctx: ServerContext, socket: ChatSocket): void {
  const { userId } = socket.data;
  if (ctx.state.disconnect(userId)) {
    deliver(everyoneBut(ctx.io, socket), "USER_DISCONNECTED", { userId, timestamp: now() });
  }
}
