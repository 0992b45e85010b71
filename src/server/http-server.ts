// The HTTP server under Socket.IO: listen, answer plain HTTP requests, and close for real.
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo, Socket as NetSocket } from "node:net";

/** How long close() waits for clients to finish closing before cutting their TCP connections. */
const CLOSE_GRACE_MS = 1000;

export interface TrackedHttpServer {
  server: HttpServer;
  /** Ends every remaining TCP connection (upgraded WebSockets included). */
  destroyConnections(): void;
}

/**
 * Socket.IO handles /socket.io/; any other request gets a one-line answer instead of
 * hanging, so someone opening the URL in a browser or with curl sees what it is.
 */
export function createHttpServer(): TrackedHttpServer {
  const server = createServer((_request, response) => {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    response.end(
      "chat-contract reference server: connect with a Socket.IO v4 client (path /socket.io)\n",
    );
  });
  // server.closeAllConnections() skips upgraded sockets, so track TCP connections here.
  const connections = new Set<NetSocket>();
  server.on("connection", (socket) => {
    connections.add(socket);
    socket.once("close", () => connections.delete(socket));
  });
  return { server, destroyConnections: () => connections.forEach((socket) => socket.destroy()) };
}

export function listen(server: HttpServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Runs `close`, and cuts the connections that have not closed themselves after a grace period. */
export function closeWithGrace(
  tracked: TrackedHttpServer,
  close: (done: () => void) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => tracked.destroyConnections(), CLOSE_GRACE_MS);
    timer.unref();
    close(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function urlOf(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}
