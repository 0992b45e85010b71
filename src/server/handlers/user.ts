// USER_STATUS_CHANGED (to everyone else) and USER_SETTINGS_UPDATED (to the sender's
// other devices). Neither is stored: the session snapshot carries neither.
import { deliver, everyoneBut, socketsIn } from "../delivery.ts";
import type { Handler } from "../context.ts";
import { userRoom } from "../rooms.ts";
import { now } from "../types.ts";
import { requireSelf } from "./rules.ts";

export const onUserStatusChanged: Handler<"USER_STATUS_CHANGED"> = (ctx, socket, payload) => {
  requireSelf(socket, "USER_STATUS_CHANGED", "userId", payload.userId);
  const { userId, newStatus } = payload;
  deliver(everyoneBut(ctx.io, socket), "USER_STATUS_CHANGED", {
    userId,
    newStatus,
    timestamp: now(),
  });
};

export const onUserSettingsUpdated: Handler<"USER_SETTINGS_UPDATED"> = (ctx, socket, payload) => {
  requireSelf(socket, "USER_SETTINGS_UPDATED", "userId", payload.userId);
  const { userId, settingName, newValue } = payload;
  const otherDevices = socketsIn(ctx.io, [userRoom(userId)], socket);
  deliver(otherDevices, "USER_SETTINGS_UPDATED", {
    userId,
    settingName,
    newValue,
    timestamp: now(),
  });
};
