// A server whose Socket.IO lives at another path: an HTTP and WebSocket-upgrade proxy in
// front of a chat server, mapping PATH/... to /socket.io/... and answering 404 elsewhere.
import { createServer, request, type IncomingMessage } from "node:http";
import { connect, type Socket } from "node:net";

export interface PathProxy {
  url: string;
  close(): Promise<void>;
}

export async function pathProxy(upstream: string, path: string): Promise<PathProxy> {
  const target = new URL(upstream);
  const rewrite = (url: string | undefined): string | undefined =>
    url?.startsWith(`${path}/`) ? `/socket.io/${url.slice(path.length + 1)}` : undefined;
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const url = rewrite(req.url);
    if (url === undefined) return void res.writeHead(404).end("not found");
    const forward = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("upgrade", (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const url = rewrite(req.url);
    if (url === undefined) return void socket.end("HTTP/1.1 404 Not Found\r\n\r\n");
    const up = connect(Number(target.port), target.hostname, () => {
      const headers = Object.entries(req.headers).map(([k, v]) => `${k}: ${String(v)}`);
      up.write(`${req.method} ${url} HTTP/1.1\r\n${headers.join("\r\n")}\r\n\r\n`);
      up.write(head);
      up.pipe(socket).pipe(up);
    });
    sockets.add(up);
    up.on("close", () => sockets.delete(up));
    up.on("error", () => socket.destroy());
    socket.on("error", () => up.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
