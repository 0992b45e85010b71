// Socket.IO rooms hold who is where: one room per user (all their connections) and one
// per channel (the connections currently in it). Prefixes keep a user called "general"
// apart from the channel `general`.
import type { ChatSocket } from "./types.ts";

export function userRoom(userId: string): string {
  return `user:${userId}`;
}

export function channelRoom(channelId: string): string {
  return `channel:${channelId}`;
}

/** Puts a new connection in its user's room and in `general`. */
export function enterRooms(socket: ChatSocket): void {
  // The in-memory adapter joins synchronously; the result is only a Promise with async adapters.
  void socket.join([userRoom(socket.data.userId), channelRoom(socket.data.channelId)]);
}

/** Moves a connection to another channel: it is in exactly one at a time. */
export function moveToChannel(socket: ChatSocket, channelId: string): void {
  void socket.leave(channelRoom(socket.data.channelId));
  socket.data.channelId = channelId;
  void socket.join(channelRoom(channelId));
}
