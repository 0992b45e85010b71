// Rooms across nodes. A connection lives on one node, but the adapter carries every room
// broadcast and every remote join/leave to all nodes, in the order they were published
// (one Redis stream). So a connection's channel is kept in its rooms, not in socket.data:
// a node that removes a user from a group can then move that user's connections on other
// nodes back to `general` (remote socketsJoin/socketsLeave), and every node agrees.
import { GENERAL } from "../chat-state.ts";
import { channelRoom, userRoom } from "../rooms.ts";
import type { ChatIoServer, ChatSocket } from "../types.ts";

/**
 * Every connection that has received its snapshot. Broadcasts "to all other connections"
 * go to this room rather than the whole namespace, so a connection still waiting for its
 * snapshot from Redis gets nothing before it.
 */
export const EVERYONE = "everyone";

const CHANNEL_PREFIX = channelRoom("");

/** The room of one user's connections that are in one channel (JSON keeps the parts apart). */
export function userInChannelRoom(userId: string, channelId: string): string {
  return `user-in-channel:${JSON.stringify([userId, channelId])}`;
}

export function channelOf(socket: ChatSocket): string {
  for (const room of socket.rooms) {
    if (room.startsWith(CHANNEL_PREFIX)) return room.slice(CHANNEL_PREFIX.length);
  }
  return GENERAL;
}

export function enterClusterRooms(socket: ChatSocket): void {
  const { userId } = socket.data;
  void socket.join([
    EVERYONE,
    userRoom(userId),
    channelRoom(GENERAL),
    userInChannelRoom(userId, GENERAL),
  ]);
}

/** Moves a connection of this node to another channel: it is in exactly one at a time. */
export function moveLocal(socket: ChatSocket, channelId: string): void {
  const { userId } = socket.data;
  const from = channelOf(socket);
  void socket.leave(channelRoom(from));
  void socket.leave(userInChannelRoom(userId, from));
  void socket.join([channelRoom(channelId), userInChannelRoom(userId, channelId)]);
}

/** Moves `userId`'s connections that are in `groupId`, on every node, back to `general`. */
export function moveUserToGeneralEverywhere(
  io: ChatIoServer,
  userId: string,
  groupId: string,
): void {
  const there = io.in(userInChannelRoom(userId, groupId));
  there.socketsJoin([channelRoom(GENERAL), userInChannelRoom(userId, GENERAL)]);
  there.socketsLeave([channelRoom(groupId), userInChannelRoom(userId, groupId)]);
}
