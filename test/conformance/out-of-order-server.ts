// A conformant server that handles each connection's events out of order, as
// python-socketio does (one task per event): every inbound event waits a random 0-20 ms
// before the reference server sees it. Socket.IO still delivers its emits in order.
import { createChatServer, type ChatServer } from "../../src/server/index.ts";

export function startOutOfOrderServer(maxDelayMs = 20): Promise<ChatServer> {
  return createChatServer({
    port: 0,
    logger: { info() {}, warn() {}, error() {} },
    configure: (io) =>
      io.use((socket, next) => {
        socket.use((_packet, handle) => void setTimeout(handle, Math.random() * maxDelayMs));
        next();
      }),
  });
}
