// Everything the reference server does with one accepted connection.
import type { ServerContext } from "./context.ts";
import { registerHandlers } from "./handlers/index.ts";
import { arrive, depart } from "./presence.ts";
import type { ChatSocket } from "./types.ts";

export function handleConnection(ctx: ServerContext, socket: ChatSocket): void {
  // Socket.IO re-emits transport errors and a client event literally named "error" as the
  // socket's "error" event; with no listener, Node's EventEmitter would throw it.
  socket.on("error", (error) => ctx.logger.warn(`connection ${socket.id}: ${String(error)}`));
  // Registered before arrive() so a connection is always counted out once counted in.
  socket.on("disconnect", () => guarded(ctx, "disconnect", () => depart(ctx, socket)));
  guarded(ctx, "connection", () => arrive(ctx, socket));
  registerHandlers(ctx, socket);
}

function guarded(ctx: ServerContext, what: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    ctx.logger.error(`${what} handling failed`, error);
  }
}
