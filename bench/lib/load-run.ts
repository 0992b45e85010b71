// The load generator: socket.io clients in this process that send MESSAGE_SENT to the
// reference server, validate every MESSAGE_RECEIVED on arrival and time it from its send.
// Two ways to drive them: a fixed rate (open loop) or a fixed number in flight (closed loop).
import { io, type Socket } from "socket.io-client";
import { validateEvent } from "../../src/contract/index.ts";
import type { ServerProcess } from "./server-process.ts";

const CONNECT_TIMEOUT_MS = 10_000;
const DRAIN_TIMEOUT_MS = 5_000;

/** Chat lines of a few realistic lengths, used in turn. */
export const TEXTS = [40, 120, 300, 800].map((length) =>
  "Could someone look at the staging deploy before lunch? The queue is backing up again. "
    .repeat(Math.ceil(length / 80))
    .slice(0, length),
);

interface InFlight {
  sentAt: number;
  sender: number;
  remaining: number;
}

/** What one run saw. */
export interface RunStats {
  delivered: number;
  expected: number;
  /** Delivered events per second, from the first send to the last delivery. */
  rate: number;
  latencies: number[];
  violations: number;
  /** Server CPU time per delivered event, in microseconds. */
  serverCpuUsPerEvent: number;
  /** Server and load-generator CPU over the run's wall time (1 = one core busy). */
  serverCpu: number;
  clientCpu: number;
}

export class LoadRun {
  readonly inFlight = new Map<number, InFlight>();
  readonly latencies: number[] = [];
  delivered = 0;
  expected = 0;
  violations = 0;
  lastDeliveryAt = 0;
  private seq = 0;
  private drained: (() => void) | undefined;
  /** Called when a sender's message reached everyone (saturation mode sends the next). */
  onComplete: ((sender: number) => void) | undefined;

  constructor(private readonly sockets: readonly Socket[]) {}

  send(sender: number): void {
    const seq = this.seq++;
    const recipients = this.sockets.length - 1;
    this.inFlight.set(seq, { sentAt: performance.now(), sender, remaining: recipients });
    this.expected += recipients;
    this.sockets[sender]!.emit("MESSAGE_SENT", {
      userId: userIdOf(sender),
      message: `#${seq} ${TEXTS[seq % TEXTS.length]!}`,
      timestamp: new Date().toISOString(),
    });
  }

  receive(payload: unknown): void {
    const now = performance.now();
    this.violations += validateEvent("MESSAGE_RECEIVED", payload).length;
    const message = (payload as { message?: unknown }).message;
    const match = typeof message === "string" ? /^#(\d+) /.exec(message) : null;
    const entry = match ? this.inFlight.get(Number(match[1])) : undefined;
    if (entry === undefined) return; // a late delivery from an earlier run
    this.delivered++;
    this.lastDeliveryAt = now;
    this.latencies.push(now - entry.sentAt);
    if (--entry.remaining === 0) {
      this.inFlight.delete(Number(match![1]));
      this.onComplete?.(entry.sender);
      if (this.inFlight.size === 0) this.drained?.();
    }
  }

  /** Resolves when every message sent so far has reached every recipient (bounded). */
  drain(timeoutMs: number): Promise<void> {
    if (this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.drained = undefined;
        resolve();
      }, timeoutMs);
      this.drained = () => {
        clearTimeout(timer);
        this.drained = undefined;
        resolve();
      };
    });
  }
}

export function userIdOf(index: number): string {
  return `load-${index}`;
}

export interface ClientSet {
  sockets: Socket[];
  /** Where MESSAGE_RECEIVED goes; swapped per run. */
  run: LoadRun | undefined;
}

/** `count` clients; with several URLs (the nodes of a cluster), client i goes to url i mod n. */
export async function connectClients(
  url: string | readonly string[],
  count: number,
): Promise<ClientSet> {
  const urls = typeof url === "string" ? [url] : url;
  const set: ClientSet = { sockets: [], run: undefined };
  const ready: Array<Promise<void>> = [];
  for (let i = 0; i < count; i++) {
    const socket = io(urls[i % urls.length]!, {
      auth: { userId: userIdOf(i) },
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
    });
    // Listeners at creation (stack-notes): nothing can arrive before them.
    socket.on("MESSAGE_RECEIVED", (payload: unknown) => set.run?.receive(payload));
    ready.push(
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`load: client ${i} not ready after ${CONNECT_TIMEOUT_MS} ms`)),
          CONNECT_TIMEOUT_MS,
        );
        // DATA_RECEIVED: connected and placed in general.
        socket.once("DATA_RECEIVED", () => {
          clearTimeout(timer);
          resolve();
        });
        socket.once("connect_error", (error) => {
          clearTimeout(timer);
          reject(new Error(`load: client ${i} could not connect: ${error.message}`));
        });
      }),
    );
    set.sockets.push(socket);
  }
  try {
    await Promise.all(ready);
  } catch (error) {
    set.sockets.forEach((s) => s.close());
    throw error;
  }
  return set;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measured(
  server: ServerProcess,
  clients: ClientSet,
  drive: (run: LoadRun) => Promise<void>,
): Promise<RunStats> {
  const run = new LoadRun(clients.sockets);
  clients.run = run;
  const u0 = await server.usage();
  const c0 = process.cpuUsage();
  const start = performance.now();
  await drive(run);
  await run.drain(DRAIN_TIMEOUT_MS);
  const wallMs = performance.now() - start;
  const u1 = await server.usage();
  const c1 = process.cpuUsage(c0);
  clients.run = undefined;
  const serverCpuMs = u1.cpuMs - u0.cpuMs;
  return {
    delivered: run.delivered,
    expected: run.expected,
    rate: (run.delivered * 1000) / Math.max(1, run.lastDeliveryAt - start),
    latencies: run.latencies,
    violations: run.violations,
    serverCpuUsPerEvent: (serverCpuMs * 1000) / Math.max(1, run.delivered),
    serverCpu: serverCpuMs / wallMs,
    clientCpu: (c1.user + c1.system) / 1000 / wallMs,
  };
}

/** Open loop: the schedule says how many messages should be out by now; send the difference. */
export function fixedRate(clients: number, rate: number, durationMs: number) {
  return async (run: LoadRun) => {
    const start = performance.now();
    const total = Math.round((clients * rate * durationMs) / 1000);
    let sent = 0;
    while (sent < total) {
      const due = Math.min(
        total,
        Math.floor(((performance.now() - start) * clients * rate) / 1000),
      );
      for (; sent < due; sent++) run.send(sent % clients);
      await sleep(2);
    }
  };
}

/** Closed loop: every client keeps `window` messages in flight until the time is up. */
export function saturation(clients: number, window: number, durationMs: number) {
  return async (run: LoadRun) => {
    const end = performance.now() + durationMs;
    run.onComplete = (sender) => {
      if (performance.now() < end) run.send(sender);
    };
    for (let w = 0; w < window; w++) for (let c = 0; c < clients; c++) run.send(c);
    await sleep(durationMs);
  };
}
