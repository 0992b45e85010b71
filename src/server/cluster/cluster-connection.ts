// One accepted connection of a cluster node. Each step that reads or writes the shared state
// awaits Redis, so a connection's steps (its arrival, each of its events, its departure) run
// one after another in a per-connection queue: one connection's events are still applied in
// the order they came, and its departure is never counted before its arrival.
import { CLIENT_TO_SERVER_EVENTS, type ClientToServerEventName } from "../../contract/index.ts";
import { internalMessage, Rejection, replyRejection } from "../errors.ts";
import { now, type ChatSocket } from "../types.ts";
import { CLUSTER_HANDLERS, type ClusterContext, type ClusterHandler } from "./cluster-handlers.ts";
import { enterClusterRooms, EVERYONE } from "./cluster-rooms.ts";

/**
 * Steps waiting behind a slow Redis for one connection. The guard's rate limits bound how
 * fast they come; this bounds how many wait, whatever Redis does.
 */
export const MAX_PENDING_STEPS = 256;

export interface ClusterConnections {
  handle(socket: ChatSocket): void;
  /** Resolves when every queued step of every connection has run (for a clean shutdown). */
  drained(): Promise<void>;
}

export function clusterConnections(ctx: ClusterContext): ClusterConnections {
  const queues = new Set<Promise<void>>();
  return {
    handle(socket) {
      let tail: Promise<void> = Promise.resolve();
      let pending = 0;
      const enqueue = (what: string, step: () => Promise<void>, always = false): boolean => {
        if (pending >= MAX_PENDING_STEPS && !always) return false;
        pending++;
        const run = tail.then(step).catch((error: unknown) => {
          ctx.logger.error(`${what} handling failed`, error);
        });
        tail = run.finally(() => {
          pending--;
          queues.delete(run);
        });
        queues.add(run);
        return true;
      };
      socket.on("error", (error) => ctx.logger.warn(`connection ${socket.id}: ${String(error)}`));
      // Queued (and so counted out) only after the arrival has been counted in.
      socket.on("disconnect", () => void enqueue("disconnect", () => depart(ctx, socket), true));
      // Without its snapshot a client cannot start: a failed arrival (Redis refused a
      // command) closes the connection so the client can retry, instead of leaving it hanging.
      enqueue("connection", () =>
        arrive(ctx, socket).catch((error: unknown) => {
          socket.disconnect(true);
          throw error;
        }),
      );
      for (const event of CLIENT_TO_SERVER_EVENTS) {
        socket.on(event, (payload: unknown) => {
          const queued = enqueue(event, () => runClusterHandler(ctx, socket, event, payload));
          if (!queued) {
            replyRejection(
              socket,
              new Rejection(
                "RATE_LIMITED",
                `${event}: too many events waiting for the server's state store`,
              ),
            );
          }
        });
      }
    },
    async drained() {
      while (queues.size > 0) await Promise.allSettled([...queues]);
    },
  };
}

async function arrive(ctx: ClusterContext, socket: ChatSocket): Promise<void> {
  const { userId, channelId } = socket.data;
  const first = await ctx.store.connect(userId);
  const [onlineUsers, groups] = await Promise.all([
    ctx.store.onlineUsers(),
    ctx.store.groupsOf(userId),
  ]);
  socket.emit("DATA_RECEIVED", {
    dataType: "SESSION_SNAPSHOT",
    data: { userId, channelId, onlineUsers, groups },
    timestamp: now(),
  });
  // Only now in any room, so nothing a broadcast carries can overtake the snapshot.
  enterClusterRooms(socket);
  if (first) socket.to(EVERYONE).emit("USER_CONNECTED", { userId, timestamp: now() });
}

async function depart(ctx: ClusterContext, socket: ChatSocket): Promise<void> {
  const { userId } = socket.data;
  // The socket has left its rooms already: a broadcast from the server reaches the others.
  if (await ctx.store.disconnect(userId)) {
    ctx.io.to(EVERYONE).emit("USER_DISCONNECTED", { userId, timestamp: now() });
  }
}

/** As handlers/index.ts runHandler: a Rejection becomes ERROR_OCCURED, anything else INTERNAL. */
async function runClusterHandler(
  ctx: ClusterContext,
  socket: ChatSocket,
  event: ClientToServerEventName,
  payload: unknown,
): Promise<void> {
  try {
    await (CLUSTER_HANDLERS[event] as ClusterHandler<typeof event>)(ctx, socket, payload as never);
  } catch (error) {
    if (!(error instanceof Rejection)) {
      ctx.logger.error(`${event} from ${socket.data.userId} (${socket.id}) failed`, error);
      error = new Rejection("INTERNAL", internalMessage(event));
    }
    replyRejection(socket, error as Rejection);
  }
}
