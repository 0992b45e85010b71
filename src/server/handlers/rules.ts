// The rules shared by several handlers, each throwing the Rejection the contract names.
import { quote, Rejection } from "../errors.ts";
import { GENERAL } from "../chat-state.ts";
import type { ServerContext } from "../context.ts";
import type { ChatSocket } from "../types.ts";

/** FORBIDDEN when a payload names another user than the connection's own (impersonation). */
export function requireSelf(
  socket: ChatSocket,
  event: string,
  field: string,
  userId: string,
): void {
  const self = socket.data.userId;
  if (userId !== self) {
    throw new Rejection(
      "FORBIDDEN",
      `${event}: ${field} ${quote(userId)} is not the sender (${self})`,
    );
  }
}

/**
 * For membership changes: `general` is FORBIDDEN (not a group), an unknown group is
 * NOT_FOUND, and the sender must be a member (FORBIDDEN), in that order.
 */
export function requireMemberOfGroup(
  ctx: ServerContext,
  socket: ChatSocket,
  event: string,
  groupId: string,
): void {
  if (groupId === GENERAL) {
    throw new Rejection(
      "FORBIDDEN",
      `${event}: "general" is not a group; its membership cannot change`,
    );
  }
  requireMembership(ctx, socket, event, groupId);
}

/** NOT_FOUND for an unknown group, FORBIDDEN when the sender is not one of its members. */
export function requireMembership(
  ctx: ServerContext,
  socket: ChatSocket,
  event: string,
  groupId: string,
): void {
  if (!ctx.state.hasGroup(groupId)) {
    throw new Rejection("NOT_FOUND", `${event}: group ${quote(groupId)} does not exist`);
  }
  const self = socket.data.userId;
  if (!ctx.state.isMember(groupId, self)) {
    throw new Rejection(
      "FORBIDDEN",
      `${event}: ${self} is not a member of group ${quote(groupId)}`,
    );
  }
}
