// Benchmark 6: issue 14's 10-sender flood at full scale. Ten users each send MESSAGE_SENT at
// the default per-connection limit (500/s) for `durationMs` (20 s: 100,000 messages) while
// three readers read; the server runs in its own process on one core, so it is saturated and
// must shed load. For every sender the account must balance exactly: sent = refused with
// RATE_LIMITED + delivered to every reader; no sender and no reader may be disconnected.
import type { Socket } from "socket.io-client";
import type { BenchResult, Figure } from "./lib/figure.ts";
import { startServerProcess } from "./lib/server-process.ts";
import { connectReady } from "./lib/soak-actors.ts";
import { percentile } from "./lib/stats.ts";

export interface FloodOptions {
  senders?: number;
  /** MESSAGE_SENT per second, per sender. */
  rate?: number;
  durationMs?: number;
  readers?: number;
  /** Bound on waiting for the last deliveries after the flood. */
  drainTimeoutMs?: number;
}

export const FLOOD_DEFAULTS = {
  senders: 10,
  rate: 500,
  durationMs: 20_000,
  readers: 3,
  drainTimeoutMs: 60_000,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sender {
  id: string;
  socket: Socket;
  sent: number;
  refused: number;
  otherErrors: number;
  sentAt: number[];
  disconnected?: string;
}

interface Reader {
  socket?: Socket;
  /** Per sender: how many of its messages arrived. */
  seen: Map<string, number>;
  latencies: number[];
  disconnected?: string;
}

function openReader(url: string, index: number, senders: () => Sender[]): Promise<Reader> {
  const reader: Reader = { seen: new Map(), latencies: [] };
  return connectReady(url, `flood-reader-${index}`, (socket) => {
    socket.on("MESSAGE_RECEIVED", (payload: { userId: string; message: string }) => {
      const sender = senders().find((s) => s.id === payload.userId);
      if (sender === undefined) return;
      reader.seen.set(sender.id, (reader.seen.get(sender.id) ?? 0) + 1);
      const sentAt = sender.sentAt[Number(/^#(\d+) /.exec(payload.message)?.[1])];
      if (sentAt !== undefined) reader.latencies.push(performance.now() - sentAt);
    });
    socket.on("disconnect", (why) => (reader.disconnected = why));
  }).then((socket) => Object.assign(reader, { socket }));
}

async function openSender(url: string, index: number): Promise<Sender> {
  const id = `flood-sender-${index}`;
  let sender: Sender | undefined;
  const socket = await connectReady(url, id, (s) => {
    s.on("ERROR_OCCURED", (error: { errorCode: string }) => {
      if (error.errorCode === "RATE_LIMITED") sender!.refused++;
      else sender!.otherErrors++;
    });
    s.on("disconnect", (why) => (sender!.disconnected = why));
  });
  sender = { id, socket, sent: 0, refused: 0, otherErrors: 0, sentAt: [] };
  return sender;
}

export async function runFlood(options: FloodOptions = {}): Promise<BenchResult> {
  const o = { ...FLOOD_DEFAULTS, ...options };
  const server = await startServerProcess({ validateIncoming: true });
  const senders: Sender[] = [];
  const readers: Reader[] = [];
  try {
    for (let i = 0; i < o.readers; i++)
      readers.push(await openReader(server.url, i, () => senders));
    for (let i = 0; i < o.senders; i++) senders.push(await openSender(server.url, i));
    const t0 = performance.now();
    // Paced by the clock: each sender is at `rate` on average however late a tick fires.
    while (performance.now() - t0 < o.durationMs) {
      const due = Math.floor(((performance.now() - t0) * o.rate) / 1000);
      for (const s of senders) {
        while (s.sent < due) {
          s.sentAt.push(performance.now());
          s.socket.emit("MESSAGE_SENT", {
            userId: s.id,
            message: `#${s.sent++} Could someone look at the staging deploy before lunch?`,
            timestamp: new Date().toISOString(),
          });
        }
      }
      await sleep(10);
    }
    const floodMs = performance.now() - t0;
    const balanced = (s: Sender) =>
      readers.every((r) => (r.seen.get(s.id) ?? 0) + s.refused === s.sent);
    const deadline = performance.now() + o.drainTimeoutMs;
    while (!senders.every(balanced) && performance.now() < deadline) await sleep(50);
    const drainMs = performance.now() - t0 - floodMs;
    const usage = await server.usage();
    return report(o, {
      senders,
      readers,
      balanced,
      drainMs,
      errorsLogged: usage.errorsLogged,
      cut: usage.counters.slowConsumerDisconnects,
    });
  } finally {
    [...senders, ...readers].forEach((c) => c.socket?.close());
    await server.close();
  }
}

function report(
  o: typeof FLOOD_DEFAULTS,
  run: {
    senders: Sender[];
    readers: Reader[];
    balanced: (s: Sender) => boolean;
    drainMs: number;
    errorsLogged: number;
    cut: number;
  },
): BenchResult {
  const { senders, readers } = run;
  const sent = senders.reduce((n, s) => n + s.sent, 0);
  const refused = senders.reduce((n, s) => n + s.refused, 0);
  const balancedSenders = senders.filter(run.balanced).length;
  const disconnected = [...senders, ...readers].filter((c) => c.disconnected !== undefined).length;
  const latencies = readers.flatMap((r) => r.latencies);
  const figures: Figure[] = [
    {
      id: "flood.balanced-senders",
      label:
        "senders whose account balances exactly (sent = RATE_LIMITED + delivered to every reader)",
      value: balancedSenders,
      unit: `of ${senders.length}`,
      target: {
        text: `= ${senders.length} (every sender)`,
        met: balancedSenders === senders.length,
        on: "value",
      },
    },
    {
      id: "flood.disconnected",
      label: "senders and readers disconnected during the flood",
      value: disconnected,
      unit: "connections",
      target: { text: "= 0", met: disconnected === 0, on: "value" },
    },
    { id: "flood.sent", label: "MESSAGE_SENT sent", value: sent, unit: "events" },
    { id: "flood.refused", label: "refused RATE_LIMITED", value: refused, unit: "events" },
    {
      id: "flood.latency.p99",
      label: "delivery latency to readers, p99",
      value: latencies.length ? percentile(latencies, 99) : 0,
      unit: "ms",
    },
    {
      id: "flood.drain",
      label: "time from the last send until every account balanced",
      value: run.drainMs,
      unit: "ms",
    },
  ];
  return {
    name: "flood",
    title: "10-sender flood at the rate limit",
    config: { ...o },
    figures,
    notes: [
      `Per sender (sent / refused / delivered at each reader): ${senders.map((s) => `${s.sent}/${s.refused}/${readers.map((r) => r.seen.get(s.id) ?? 0).join(",")}`).join("; ")}.`,
      `Errors other than RATE_LIMITED at senders: ${senders.reduce((n, s) => n + s.otherErrors, 0)}; slow consumers cut: ${run.cut}; errors the server logged: ${run.errorsLogged}.`,
      "The server process (one core) cannot forward 10 x 500 messages/s to 13 connections: its inbound queue backs up, the buckets see the backlog arrive in bursts, and the excess is refused, each refusal answered.",
    ],
  };
}
