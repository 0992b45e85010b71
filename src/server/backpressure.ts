// Backpressure: every byte the server has produced for a connection and the client has not
// yet taken is counted, whatever produced it (deliveries, ERROR_OCCURED replies, the session
// snapshot, Socket.IO's own packets), and a connection over the bound is cut as a slow
// consumer. Counting packets is not enough: Engine.IO keeps a queue of packets while a write
// is pending, and under it `ws` keeps the bytes the kernel would not take. A client that stops
// reading and answers heartbeats (an unsolicited pong `3` keeps Engine.IO happy) would
// otherwise grow the server's memory without bound (issue 14).
import type { Socket } from "socket.io";

/** Default bound on the bytes queued for one connection: about 250 of the largest messages. */
export const DEFAULT_MAX_QUEUED_BYTES = 4 * 1024 * 1024;

export interface SlowConsumer {
  socketId: string;
  /** Bytes queued for the connection when it was cut. */
  queuedBytes: number;
  maxQueuedBytes: number;
}

export interface BackpressureOptions {
  /** Default DEFAULT_MAX_QUEUED_BYTES (4 MiB). */
  maxQueuedBytes?: number;
  /** Told once per connection cut as a slow consumer (log it, count it). */
  onSlowConsumer?: (slow: SlowConsumer) => void;
}

// Any Socket.IO socket: backpressure reads the transport, not the event maps.
type AnySocket = Socket<any, any, any, any>;

/** The parts of Engine.IO's socket that backpressure reads; stable in Engine.IO 6, typed private. */
interface EngineConn {
  writeBuffer: Array<{ data?: unknown }>;
  transport: { socket?: { bufferedAmount?: number; terminate?: () => void } };
  on(event: "packetCreate", listener: (packet: { data?: unknown }) => void): void;
  on(event: "flush" | "close", listener: () => void): void;
  readyState: string;
  close(discard?: boolean): void;
}

const WATCHED = Symbol("chat-contract backpressure");

export function assertMaxQueuedBytes(value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new TypeError(`maxQueuedBytes must be a positive integer, got ${String(value)}`);
  }
}

function sizeOf(data: unknown): number {
  if (typeof data === "string") return Buffer.byteLength(data);
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}

/**
 * Bytes produced for this connection and not yet taken by its client: Engine.IO's packet
 * queue plus what the WebSocket holds unsent (`bufferedAmount`, which includes Node's socket
 * buffer). Exported for tests and metrics.
 */
export function queuedBytes(socket: AnySocket): number {
  const state = (socket as unknown as { [WATCHED]?: WatchState })[WATCHED];
  const conn = socket.conn as unknown as EngineConn;
  // A closed connection's transport is destroyed and its bytes released, whatever ws reports.
  if (conn.readyState === "closed") return 0;
  const pending = state?.pendingBytes ?? conn.writeBuffer.reduce((n, p) => n + sizeOf(p.data), 0);
  return pending + (conn.transport.socket?.bufferedAmount ?? 0);
}

interface WatchState {
  /** Bytes in Engine.IO's writeBuffer, kept incrementally (the buffer is swapped on flush). */
  pendingBytes: number;
  cut: boolean;
}

/**
 * Bounds the bytes queued for `socket`. Checked as each packet is created, so no outbound
 * path escapes it. The packet that crosses the bound closes the connection then and there:
 * deferring the cut would let every packet produced in the same tick pile up past the bound.
 * Idempotent: a socket is watched once however many times this is called.
 */
export function boundOutbound(socket: AnySocket, options: BackpressureOptions = {}): void {
  const holder = socket as unknown as { [WATCHED]?: WatchState };
  if (holder[WATCHED] !== undefined) return;
  const max = options.maxQueuedBytes ?? DEFAULT_MAX_QUEUED_BYTES;
  assertMaxQueuedBytes(max);
  const conn = socket.conn as unknown as EngineConn | undefined;
  // No Engine.IO connection (a stand-in socket, as bench/load.ts times the guard with): no
  // transport, so nothing can queue.
  if (typeof conn?.on !== "function") return;
  const state: WatchState = { pendingBytes: 0, cut: false };
  holder[WATCHED] = state;
  conn.on("close", () => {
    state.pendingBytes = 0; // Engine.IO drops its queue and the transport is destroyed
  });
  conn.on("flush", () => {
    // Engine.IO hands the whole writeBuffer to the transport: now counted by bufferedAmount.
    state.pendingBytes = 0;
  });
  conn.on("packetCreate", (packet) => {
    state.pendingBytes += sizeOf(packet.data);
    if (state.cut) return;
    const queued = queuedBytes(socket);
    if (queued <= max) return;
    state.cut = true;
    cutSlowConsumer(socket, conn, { queued, max }, options.onSlowConsumer);
  });
}

function cutSlowConsumer(
  socket: AnySocket,
  conn: EngineConn,
  { queued, max }: { queued: number; max: number },
  report: BackpressureOptions["onSlowConsumer"],
): void {
  // Runs inside Engine.IO's sendPacket: once the connection is "closing" it creates no more
  // packets. Socket.IO's disconnect runs the "disconnect" listeners (presence, rooms) at
  // once, but Engine.IO would then wait for the queue to drain, which a non-reader never
  // does: discard the queue and end the WebSocket without its closing handshake, so the
  // bytes are freed now.
  try {
    socket.disconnect(true);
    conn.close(true);
    conn.transport.socket?.terminate?.();
  } catch {
    // Already closing: nothing more to free.
  }
  try {
    report?.({ socketId: socket.id, queuedBytes: queued, maxQueuedBytes: max });
  } catch {
    // A failing hook must not keep a slow consumer connected.
  }
}
