// A chat server of this project, with chat-contract's guard in front of its handlers:
// every inbound event is checked against the contract before a listener sees it.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "chat-contract";
import { contractGuard, type RejectedEvent } from "chat-contract/server";

export interface RunningServer {
  url: string;
  rejected: RejectedEvent[];
  close(): Promise<void>;
}

export async function startChatServer(port = 0): Promise<RunningServer> {
  const http = createServer();
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(http, {
    maxHttpBufferSize: 100_000,
  });
  const rejected: RejectedEvent[] = [];
  contractGuard(io, { onRejected: (r) => rejected.push(r) });
  io.on("connection", (socket) => {
    // The payload is valid MESSAGE_SENT here: the guard answered anything else.
    socket.on("MESSAGE_SENT", ({ userId, message }) => {
      socket.broadcast.emit("MESSAGE_RECEIVED", {
        userId,
        message,
        timestamp: new Date().toISOString(),
      });
    });
  });
  await new Promise<void>((resolve) => http.listen(port, "127.0.0.1", resolve));
  const { port: bound } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    rejected,
    close: () => new Promise((resolve) => io.close(() => resolve())),
  };
}
