// MESSAGE_SENT and FILE_UPLOADED: to the other connections in the sender's channel.
import { deliver, socketsIn } from "../delivery.ts";
import type { Handler } from "../context.ts";
import { channelRoom } from "../rooms.ts";
import { now } from "../types.ts";
import { requireSelf } from "./rules.ts";

export const onMessageSent: Handler<"MESSAGE_SENT"> = (ctx, socket, payload) => {
  requireSelf(socket, "MESSAGE_SENT", "userId", payload.userId);
  const recipients = socketsIn(ctx.io, [channelRoom(socket.data.channelId)], socket);
  // Rebuilt, never echoed: only contract fields leave the server, with the server's clock.
  deliver(recipients, "MESSAGE_RECEIVED", {
    userId: payload.userId,
    message: payload.message,
    timestamp: now(),
  });
};

export const onFileUploaded: Handler<"FILE_UPLOADED"> = (ctx, socket, payload) => {
  requireSelf(socket, "FILE_UPLOADED", "userId", payload.userId);
  const recipients = socketsIn(ctx.io, [channelRoom(socket.data.channelId)], socket);
  const { userId, fileName, fileSize } = payload;
  deliver(recipients, "FILE_UPLOADED", { userId, fileName, fileSize, timestamp: now() });
};
