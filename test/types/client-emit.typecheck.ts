// Compiled by `npm run typecheck` (tsconfig includes test/): the generated event maps type
// a socket.io client end to end. Each @ts-expect-error fails the typecheck if the line
// below it ever compiles, i.e. if the maps stop catching that mistake.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../src/contract/index.ts";

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io("http://127.0.0.1:3000", {
  autoConnect: false,
  auth: { userId: "alice" },
});

socket.emit("MESSAGE_SENT", {
  userId: "alice",
  message: "hi",
  timestamp: new Date().toISOString(),
});
socket.on("MESSAGE_RECEIVED", (payload) => {
  const author: string = payload.userId;
  void author;
});

// @ts-expect-error userId must be a string
socket.emit("MESSAGE_SENT", { userId: 1, message: "hi", timestamp: "2026-11-28T00:00:00.000Z" });
// @ts-expect-error timestamp is required
socket.emit("MESSAGE_SENT", { userId: "alice", message: "hi" });
// @ts-expect-error MESSAGE_RECEIVED is server-to-client only: a client cannot emit it
socket.emit("MESSAGE_RECEIVED", {
  userId: "alice",
  message: "hi",
  timestamp: "2026-11-28T00:00:00.000Z",
});
// @ts-expect-error newStatus is one of online, offline, busy, away
socket.emit("USER_STATUS_CHANGED", { userId: "alice", newStatus: "asleep", timestamp: "x" });
// @ts-expect-error closed payloads: no extra fields
socket.emit("GROUP_CREATED", { groupId: "g", creatorId: "alice", timestamp: "x", name: "G" });
socket.on("ERROR_OCCURED", (payload) => {
  // @ts-expect-error ERROR_OCCURED has no userId
  void payload.userId;
});

// newValue is any JSON value: a string, a number and an object all compile.
for (const newValue of ["dark", 14, { from: "22:00" }]) {
  socket.emit("USER_SETTINGS_UPDATED", {
    userId: "alice",
    settingName: "theme",
    newValue,
    timestamp: "x",
  });
}
