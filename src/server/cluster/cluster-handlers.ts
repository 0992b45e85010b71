// The protocol's handlers for a cluster: the same rules as handlers/, but the state is a
// ChatStore (asynchronous, shared by every node) and every delivery is a room broadcast
// through the adapter, so it reaches the recipients' connections on every node.
import type { ClientToServerEventName, EventPayloads } from "../../contract/index.ts";
import { GENERAL } from "../chat-state.ts";
import type { ChatStore, MembershipProblem } from "../chat-store.ts";
import { quote, Rejection } from "../errors.ts";
import { requireSelf } from "../handlers/rules.ts";
import { channelRoom, userRoom } from "../rooms.ts";
import { now, type ChatIoServer, type ChatSocket, type Logger } from "../types.ts";
import { channelOf, EVERYONE, moveLocal, moveUserToGeneralEverywhere } from "./cluster-rooms.ts";

export interface ClusterContext {
  io: ChatIoServer;
  store: ChatStore;
  logger: Logger;
}

export type ClusterHandler<E extends ClientToServerEventName> = (
  ctx: ClusterContext,
  socket: ChatSocket,
  payload: EventPayloads[E],
) => Promise<void>;

const onMessageSent: ClusterHandler<"MESSAGE_SENT"> = async (_ctx, socket, payload) => {
  requireSelf(socket, "MESSAGE_SENT", "userId", payload.userId);
  const { userId, message } = payload;
  socket.to(channelRoom(channelOf(socket))).emit("MESSAGE_RECEIVED", {
    userId,
    message,
    timestamp: now(),
  });
};

const onFileUploaded: ClusterHandler<"FILE_UPLOADED"> = async (_ctx, socket, payload) => {
  requireSelf(socket, "FILE_UPLOADED", "userId", payload.userId);
  const { userId, fileName, fileSize } = payload;
  socket.to(channelRoom(channelOf(socket))).emit("FILE_UPLOADED", {
    userId,
    fileName,
    fileSize,
    timestamp: now(),
  });
};

const onUserStatusChanged: ClusterHandler<"USER_STATUS_CHANGED"> = async (
  _ctx,
  socket,
  payload,
) => {
  requireSelf(socket, "USER_STATUS_CHANGED", "userId", payload.userId);
  const { userId, newStatus } = payload;
  socket.to(EVERYONE).emit("USER_STATUS_CHANGED", { userId, newStatus, timestamp: now() });
};

const onUserSettingsUpdated: ClusterHandler<"USER_SETTINGS_UPDATED"> = async (
  _ctx,
  socket,
  payload,
) => {
  requireSelf(socket, "USER_SETTINGS_UPDATED", "userId", payload.userId);
  const { userId, settingName, newValue } = payload;
  socket.to(userRoom(userId)).emit("USER_SETTINGS_UPDATED", {
    userId,
    settingName,
    newValue,
    timestamp: now(),
  });
};

const onGroupCreated: ClusterHandler<"GROUP_CREATED"> = async (ctx, socket, payload) => {
  const { groupId, creatorId } = payload;
  requireSelf(socket, "GROUP_CREATED", "creatorId", creatorId);
  if (groupId === GENERAL || !(await ctx.store.createGroup(groupId, creatorId))) {
    throw new Rejection("CONFLICT", `GROUP_CREATED: group ${quote(groupId)} already exists`);
  }
  socket.to(EVERYONE).emit("GROUP_CREATED", { groupId, creatorId, timestamp: now() });
};

const onGroupMemberAdded: ClusterHandler<"GROUP_MEMBER_ADDED"> = async (ctx, socket, payload) => {
  const { groupId, userId } = payload;
  const event = "GROUP_MEMBER_ADDED";
  refuseGeneral(event, groupId);
  const change = await ctx.store.addMember(groupId, socket.data.userId, userId);
  if (!change.ok) throw membershipRejection(event, change.problem, socket, groupId, userId);
  // Members now include the added user.
  socket.to(change.members.map(userRoom)).emit(event, { groupId, userId, timestamp: now() });
  notifyIfSomeoneElse(ctx, socket, userId, event);
};

const onGroupMemberRemoved: ClusterHandler<"GROUP_MEMBER_REMOVED"> = async (
  ctx,
  socket,
  payload,
) => {
  const { groupId, userId } = payload;
  const event = "GROUP_MEMBER_REMOVED";
  refuseGeneral(event, groupId);
  const change = await ctx.store.removeMember(groupId, socket.data.userId, userId);
  if (!change.ok) throw membershipRejection(event, change.problem, socket, groupId, userId);
  // Implied by the GROUP_MEMBER_REMOVED the user receives: no USER_CHANGED_GROUP for it.
  moveUserToGeneralEverywhere(ctx.io, userId, groupId);
  const recipients = [...change.members, userId].map(userRoom);
  socket.to(recipients).emit(event, { groupId, userId, timestamp: now() });
  notifyIfSomeoneElse(ctx, socket, userId, event);
};

const onUserChangedGroup: ClusterHandler<"USER_CHANGED_GROUP"> = async (ctx, socket, payload) => {
  const { userId, newChannelId } = payload;
  const event = "USER_CHANGED_GROUP";
  requireSelf(socket, event, "userId", userId);
  const channelId = typeof newChannelId === "string" ? newChannelId : newChannelId.id;
  if (channelId !== GENERAL) {
    const problem = await ctx.store.membershipProblem(channelId, userId);
    if (problem !== undefined) throw membershipRejection(event, problem, socket, channelId, userId);
  }
  // Sent before the move, so it goes to the connections already there (never the mover).
  socket
    .to(channelRoom(channelId))
    .emit(event, { userId, newChannelId: channelId, timestamp: now() });
  moveLocal(socket, channelId);
};

export const CLUSTER_HANDLERS: { [E in ClientToServerEventName]: ClusterHandler<E> } = {
  MESSAGE_SENT: onMessageSent,
  FILE_UPLOADED: onFileUploaded,
  USER_STATUS_CHANGED: onUserStatusChanged,
  GROUP_CREATED: onGroupCreated,
  GROUP_MEMBER_ADDED: onGroupMemberAdded,
  GROUP_MEMBER_REMOVED: onGroupMemberRemoved,
  USER_SETTINGS_UPDATED: onUserSettingsUpdated,
  USER_CHANGED_GROUP: onUserChangedGroup,
};

function refuseGeneral(event: string, groupId: string): void {
  if (groupId === GENERAL) {
    throw new Rejection(
      "FORBIDDEN",
      `${event}: "general" is not a group; its membership cannot change`,
    );
  }
}

/** The same codes and wording as handlers/rules.ts and handlers/groups.ts. */
function membershipRejection(
  event: string,
  problem: MembershipProblem,
  socket: ChatSocket,
  groupId: string,
  userId: string,
): Rejection {
  switch (problem) {
    case "NO_GROUP":
      return new Rejection("NOT_FOUND", `${event}: group ${quote(groupId)} does not exist`);
    case "SENDER_NOT_MEMBER":
      return new Rejection(
        "FORBIDDEN",
        `${event}: ${socket.data.userId} is not a member of group ${quote(groupId)}`,
      );
    case "ALREADY_MEMBER":
      return new Rejection(
        "CONFLICT",
        `${event}: ${quote(userId)} is already a member of ${quote(groupId)}`,
      );
    case "NOT_MEMBER":
      return new Rejection(
        "NOT_FOUND",
        `${event}: ${quote(userId)} is not a member of ${quote(groupId)}`,
      );
  }
}

/** NOTIFICATION_RECEIVED to every connection of `userId`, unless they changed their own membership. */
function notifyIfSomeoneElse(
  ctx: ClusterContext,
  socket: ChatSocket,
  userId: string,
  notificationType: string,
): void {
  if (userId === socket.data.userId) return;
  ctx.io.to(userRoom(userId)).emit("NOTIFICATION_RECEIVED", {
    userId,
    notificationType,
    timestamp: now(),
  });
}
