// GROUP_CREATED, GROUP_MEMBER_ADDED, GROUP_MEMBER_REMOVED. A group is also a channel.
import { GENERAL } from "../chat-state.ts";
import type { Handler, ServerContext } from "../context.ts";
import { deliver, everyoneBut, socketsIn } from "../delivery.ts";
import { quote, Rejection } from "../errors.ts";
import { moveToChannel, userRoom } from "../rooms.ts";
import { now, type ChatSocket } from "../types.ts";
import { requireMemberOfGroup, requireSelf } from "./rules.ts";

export const onGroupCreated: Handler<"GROUP_CREATED"> = (ctx, socket, payload) => {
  const { groupId, creatorId } = payload;
  requireSelf(socket, "GROUP_CREATED", "creatorId", creatorId);
  if (groupId === GENERAL || ctx.state.hasGroup(groupId)) {
    throw new Rejection("CONFLICT", `GROUP_CREATED: group ${quote(groupId)} already exists`);
  }
  ctx.state.createGroup(groupId, creatorId);
  deliver(everyoneBut(ctx.io, socket), "GROUP_CREATED", { groupId, creatorId, timestamp: now() });
};

export const onGroupMemberAdded: Handler<"GROUP_MEMBER_ADDED"> = (ctx, socket, payload) => {
  const { groupId, userId } = payload;
  requireMemberOfGroup(ctx, socket, "GROUP_MEMBER_ADDED", groupId);
  if (ctx.state.isMember(groupId, userId)) {
    throw new Rejection(
      "CONFLICT",
      `GROUP_MEMBER_ADDED: ${quote(userId)} is already a member of ${quote(groupId)}`,
    );
  }
  ctx.state.addMember(groupId, userId);
  // Members now include the added user.
  const recipients = connectionsOf(ctx, ctx.state.membersOf(groupId), socket);
  deliver(recipients, "GROUP_MEMBER_ADDED", { groupId, userId, timestamp: now() });
  notifyIfSomeoneElse(ctx, socket, userId, "GROUP_MEMBER_ADDED");
};

export const onGroupMemberRemoved: Handler<"GROUP_MEMBER_REMOVED"> = (ctx, socket, payload) => {
  const { groupId, userId } = payload;
  requireMemberOfGroup(ctx, socket, "GROUP_MEMBER_REMOVED", groupId);
  if (!ctx.state.isMember(groupId, userId)) {
    throw new Rejection(
      "NOT_FOUND",
      `GROUP_MEMBER_REMOVED: ${quote(userId)} is not a member of ${quote(groupId)}`,
    );
  }
  ctx.state.removeMember(groupId, userId);
  // A removed user may not stay in the group's channel. The move is implied by the
  // GROUP_MEMBER_REMOVED they receive, so no USER_CHANGED_GROUP is sent for it.
  for (const device of socketsIn(ctx.io, [userRoom(userId)])) {
    if (device.data.channelId === groupId) moveToChannel(device, GENERAL);
  }
  const recipients = connectionsOf(ctx, [...ctx.state.membersOf(groupId), userId], socket);
  deliver(recipients, "GROUP_MEMBER_REMOVED", { groupId, userId, timestamp: now() });
  notifyIfSomeoneElse(ctx, socket, userId, "GROUP_MEMBER_REMOVED");
};

function connectionsOf(ctx: ServerContext, userIds: string[], except: ChatSocket): ChatSocket[] {
  return socketsIn(ctx.io, userIds.map(userRoom), except);
}

/** NOTIFICATION_RECEIVED to every connection of `userId`, unless they changed their own membership. */
function notifyIfSomeoneElse(
  ctx: ServerContext,
  socket: ChatSocket,
  userId: string,
  notificationType: string,
): void {
  if (userId === socket.data.userId) return;
  deliver(socketsIn(ctx.io, [userRoom(userId)]), "NOTIFICATION_RECEIVED", {
    userId,
    notificationType,
    timestamp: now(),
  });
}
