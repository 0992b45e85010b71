// Compile-time proof that the reference server is typed end to end with the generated
// event maps: every line marked @ts-expect-error must fail to compile, or `tsc --noEmit`
// reports an unused directive. Never executed.
import type { ChatIoServer, ChatSocket } from "../../src/server/index.ts";

declare const io: ChatIoServer;
declare const socket: ChatSocket;
const timestamp = new Date().toISOString();

// Correct emits compile.
socket.emit("MESSAGE_RECEIVED", { userId: "alice", message: "hi", timestamp });
socket.emit("ERROR_OCCURED", { errorCode: "FORBIDDEN", errorMessage: "no", timestamp });

// @ts-expect-error userId must be a string, and message and timestamp are required
socket.emit("MESSAGE_RECEIVED", { userId: 1 });

// @ts-expect-error a field the payload does not have
socket.emit("USER_CONNECTED", { userId: "alice", timestamp, extra: true });

// @ts-expect-error newStatus is one of online, offline, busy, away
socket.emit("USER_STATUS_CHANGED", { userId: "alice", newStatus: "sleepy", timestamp });

// @ts-expect-error MESSAGE_SENT is sent by clients, never by the server
socket.emit("MESSAGE_SENT", { userId: "alice", message: "hi", timestamp });

// @ts-expect-error not an event of the contract
socket.emit("HELLO", {});

// @ts-expect-error exactly one argument
socket.emit("USER_DISCONNECTED");

// @ts-expect-error a listener must take the event's payload type
socket.on("MESSAGE_SENT", (payload: { userId: number }) => void payload);

io.on("connection", (s) => {
  s.data.userId satisfies string;
  // @ts-expect-error the typed server's sockets are typed too
  s.emit("FILE_UPLOADED", { userId: "alice", fileName: "a.pdf", fileSize: "1 KB", timestamp });
});
