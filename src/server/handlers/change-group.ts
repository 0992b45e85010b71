// USER_CHANGED_GROUP: a connection moves to `general` or to a group its user belongs to.
import { GENERAL } from "../chat-state.ts";
import type { Handler } from "../context.ts";
import { deliver, socketsIn } from "../delivery.ts";
import { channelRoom, moveToChannel } from "../rooms.ts";
import { now } from "../types.ts";
import { requireMembership, requireSelf } from "./rules.ts";

export const onUserChangedGroup: Handler<"USER_CHANGED_GROUP"> = (ctx, socket, payload) => {
  const { userId, newChannelId } = payload;
  requireSelf(socket, "USER_CHANGED_GROUP", "userId", userId);
  // v1 accepts a channel id or an object with an `id`; the server always emits the string.
  const channelId = typeof newChannelId === "string" ? newChannelId : newChannelId.id;
  if (channelId !== GENERAL) requireMembership(ctx, socket, "USER_CHANGED_GROUP", channelId);
  // "Already in that channel": chosen before the move, so the mover is not among them.
  const recipients = socketsIn(ctx.io, [channelRoom(channelId)], socket);
  moveToChannel(socket, channelId);
  deliver(recipients, "USER_CHANGED_GROUP", { userId, newChannelId: channelId, timestamp: now() });
};
