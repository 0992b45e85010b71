// Benchmark 5: a soak of the reference server under hostile clients (issue 14), all at once
// for `durationMs` (60 s by default):
//   flood        one sender, MESSAGE_SENT of 4,000 characters just over the default
//                per-connection limit (550/s against 500/s), so accepted and RATE_LIMITED
//                events both flow the whole time
//   readers      three clients that read everything; each accepted message must reach each
//   non-reader   handshakes, stops reading, writes a pong `3` every 10 s (never timed out by
//                the heartbeat); reconnects whenever the server cuts it
//   deep payload USER_SETTINGS_UPDATED with a newValue nested 10,000 deep, 10 per second
//   churn        a connection opened every 250 ms and closed 1 s after its snapshot
// The server runs in a child process; its RSS is sampled every second: idle (before any
// client), over the soak, and for `settleMs` after it. Figures: RSS idle, start, peak and
// end; delivered/accepted; p50/p99 delivery latency to the readers; slow consumers cut;
// deep payloads answered INVALID_PAYLOAD; errors the server logged.
import type { Socket } from "socket.io-client";
import type { BenchResult, Figure } from "./lib/figure.ts";
import { Churn, connectReady, DeepPayloadAttacker, NonReader } from "./lib/soak-actors.ts";
import { startServerProcess, type ServerProcess, type UsageSample } from "./lib/server-process.ts";
import { median, percentile } from "./lib/stats.ts";

export interface SoakOptions {
  durationMs?: number;
  /** MESSAGE_SENT per second from the flooder. */
  floodRate?: number;
  floodChars?: number;
  readers?: number;
  deepEveryMs?: number;
  deepLevels?: number;
  churnEveryMs?: number;
  pongEveryMs?: number;
  /** How long RSS is watched after the soak, with only the readers left. */
  settleMs?: number;
  idleMs?: number;
  sampleEveryMs?: number;
}

export const SOAK_DEFAULTS = {
  durationMs: 60_000,
  floodRate: 550,
  floodChars: 4000,
  readers: 3,
  deepEveryMs: 100,
  deepLevels: 10_000,
  churnEveryMs: 250,
  pongEveryMs: 10_000,
  settleMs: 10_000,
  idleMs: 3000,
  sampleEveryMs: 1000,
};

/** The issue's goal: server RSS within +40 MB of its idle baseline, during and after. */
const RSS_BUDGET_MB = 40;
const MB = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sample {
  atMs: number;
  usage: UsageSample;
}

/** Samples the server every `everyMs` until stopped. */
function sampler(server: ServerProcess, everyMs: number, t0: number) {
  const samples: Sample[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      samples.push({ atMs: performance.now() - t0, usage: await server.usage() });
      await sleep(everyMs);
    }
  })();
  return {
    samples,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

/** The flooder and what became of each of its messages. */
class Flood {
  sent = 0;
  refused = 0;
  otherErrors = 0;
  readonly sentAt = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly socket: Socket,
    private readonly rate: number,
    private readonly body: string,
  ) {
    socket.on("ERROR_OCCURED", (error: { errorCode: string }) => {
      if (error.errorCode === "RATE_LIMITED") this.refused++;
      else this.otherErrors++;
    });
  }

  start(): void {
    const started = performance.now();
    // Paced by the clock, not by timer ticks: however late a tick, the rate holds.
    this.timer = setInterval(() => {
      const due = Math.floor(((performance.now() - started) * this.rate) / 1000);
      while (this.sent < due) this.send();
    }, 10);
  }

  private send(): void {
    const seq = this.sent++;
    this.sentAt.set(seq, performance.now());
    this.socket.emit("MESSAGE_SENT", {
      userId: "soak-flooder",
      message: `#${seq} ${this.body}`.slice(0, this.body.length),
      timestamp: new Date().toISOString(),
    });
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** A reading client: counts each flood message once, and its latency. */
class Reader {
  readonly seen = new Set<number>();
  readonly latencies: number[] = [];
  duplicates = 0;

  constructor(private readonly flood: () => Flood | undefined) {}

  listen = (socket: Socket): void => {
    socket.on("MESSAGE_RECEIVED", (payload: { userId: string; message: string }) => {
      if (payload.userId !== "soak-flooder") return;
      const seq = Number(/^#(\d+) /.exec(payload.message)?.[1]);
      const sentAt = this.flood()?.sentAt.get(seq);
      if (sentAt === undefined) return;
      if (this.seen.has(seq)) this.duplicates++;
      this.seen.add(seq);
      this.latencies.push(performance.now() - sentAt);
    });
  };
}

/**
 * Two rounds, each against a fresh server process: the same flood, readers and churn
 * without the attackers (the baseline: what the workload itself costs), then with them.
 */
export async function runSoak(options: SoakOptions = {}): Promise<BenchResult> {
  const o = { ...SOAK_DEFAULTS, ...options };
  const baseline = await soakRound(o, false);
  const attacked = await soakRound(o, true);
  return report(o, attacked, baseline);
}

interface Round {
  samples: Sample[];
  marks: { soakStart: number; soakEnd: number; drainedAt: number };
  actors: Actors;
}

async function soakRound(o: typeof SOAK_DEFAULTS, attackers: boolean): Promise<Round> {
  const server = await startServerProcess({ validateIncoming: true });
  const t0 = performance.now();
  const sampling = sampler(server, o.sampleEveryMs, t0);
  const sockets: Socket[] = [];
  let flood: Flood | undefined;
  const nonReader = new NonReader(server.url, o.pongEveryMs);
  const deep = new DeepPayloadAttacker(server.url, o.deepLevels, o.deepEveryMs);
  const churn = new Churn(server.url, o.churnEveryMs, 1000);
  const marks = { soakStart: 0, soakEnd: 0, drainedAt: 0 };
  try {
    await sleep(o.idleMs);
    const readers = Array.from({ length: o.readers }, () => new Reader(() => flood));
    for (const [i, reader] of readers.entries()) {
      sockets.push(await connectReady(server.url, `soak-reader-${i}`, reader.listen));
    }
    const flooder = await connectReady(server.url, "soak-flooder");
    sockets.push(flooder);
    flood = new Flood(flooder, o.floodRate, "x".repeat(o.floodChars));
    marks.soakStart = performance.now() - t0;
    if (attackers) {
      await nonReader.start();
      await deep.start();
    }
    churn.start();
    flood.start();
    await sleep(o.durationMs);
    flood.stop();
    churn.stop();
    deep.stop();
    nonReader.stop();
    marks.soakEnd = performance.now() - t0;
    // Drained: every flood message refused or at every reader (bounded by settleMs).
    const f = flood;
    const drained = () => readers.every((r) => r.seen.size + f.refused >= f.sent);
    const deadline = performance.now() + o.settleMs;
    while (!drained() && performance.now() < deadline) await sleep(20);
    marks.drainedAt = performance.now() - t0;
    await sleep(Math.max(0, deadline - performance.now()));
    await sampling.stop();
    return {
      samples: sampling.samples,
      marks,
      actors: { flood: f, readers, nonReader, deep, churn },
    };
  } finally {
    await sampling.stop();
    flood?.stop();
    churn.stop();
    deep.stop();
    nonReader.stop();
    sockets.forEach((s) => s.close());
    await server.close();
  }
}

interface Actors {
  flood: Flood;
  readers: Reader[];
  nonReader: NonReader;
  deep: DeepPayloadAttacker;
  churn: Churn;
}

const mb = (s: Sample) => s.usage.rssBytes / MB;

/** RSS of one round: idle (median before any client), first and peak during, last sample. */
function rssOf({ samples, marks }: Round) {
  const idle = samples.filter((s) => s.atMs < marks.soakStart);
  const during = samples.filter((s) => s.atMs >= marks.soakStart && s.atMs <= marks.soakEnd);
  if (idle.length === 0 || during.length === 0) throw new Error("soak: too few RSS samples");
  return {
    idleMb: median(idle.map(mb)),
    startMb: mb(during[0]!),
    peakMb: Math.max(...during.map(mb)),
    endMb: mb(samples[samples.length - 1]!),
  };
}

function report(o: typeof SOAK_DEFAULTS, round: Round, baseline: Round): BenchResult {
  const { samples, marks } = round;
  const { flood, readers, nonReader, deep, churn } = round.actors;
  const last = samples[samples.length - 1]!;
  const { idleMb, startMb, peakMb, endMb } = rssOf(round);
  const calm = rssOf(baseline);
  const accepted = flood.sent - flood.refused;
  const ratio = Math.min(...readers.map((r) => r.seen.size)) / accepted;
  const latencies = readers.flatMap((r) => r.latencies);
  const { counters, errorsLogged } = last.usage;
  const budget = (text: string, valueMb: number) => ({
    text,
    met: valueMb - idleMb <= RSS_BUDGET_MB,
    on: "value" as const,
  });
  const figures: Figure[] = [
    {
      id: "soak.rss.idle",
      label: "server RSS idle, before any client (median)",
      value: idleMb,
      unit: "MB",
    },
    {
      id: "soak.rss.start",
      label: "server RSS at the soak's first sample",
      value: startMb,
      unit: "MB",
    },
    {
      id: "soak.rss.peak",
      label: "server RSS peak during the soak",
      value: peakMb,
      unit: "MB",
      baseline: { label: "idle", value: idleMb },
      ratio: peakMb / idleMb,
      target: budget(`<= idle + ${RSS_BUDGET_MB} MB for the whole soak`, peakMb),
    },
    {
      id: "soak.rss.end",
      label: `server RSS ${Math.round(o.settleMs / 1000)} s after the soak (readers still connected)`,
      value: endMb,
      unit: "MB",
      baseline: { label: "idle", value: idleMb },
      ratio: endMb / idleMb,
      target: budget(`<= idle + ${RSS_BUDGET_MB} MB after the soak`, endMb),
    },
    {
      id: "soak.rss.peak-vs-no-attackers",
      label:
        "server RSS peak, attacked / the same soak without the non-reader and deep-payload attacker",
      value: peakMb,
      unit: "MB",
      baseline: { label: "no attackers", value: calm.peakMb },
      ratio: peakMb / calm.peakMb,
    },
    {
      id: "soak.delivered-ratio",
      label: "flood messages delivered to the least-served reader / accepted (sent - RATE_LIMITED)",
      value: ratio,
      unit: "ratio",
      target: { text: "= 1 (nothing accepted is lost)", met: ratio === 1, on: "value" },
    },
    { id: "soak.flood.sent", label: "flood MESSAGE_SENT sent", value: flood.sent, unit: "events" },
    {
      id: "soak.flood.refused",
      label: "flood MESSAGE_SENT refused RATE_LIMITED",
      value: flood.refused,
      unit: "events",
    },
    {
      id: "soak.latency.p50",
      label: "delivery latency to readers, p50",
      value: percentile(latencies, 50),
      unit: "ms",
    },
    {
      id: "soak.latency.p99",
      label: "delivery latency to readers, p99",
      value: percentile(latencies, 99),
      unit: "ms",
    },
    {
      id: "soak.slow-consumers",
      label: "slow consumers cut (server counter; the non-reader reconnects each time)",
      value: counters.slowConsumerDisconnects,
      unit: "connections",
    },
    {
      id: "soak.deep.invalid-payload",
      label: `deep (${o.deepLevels}-level) payloads answered INVALID_PAYLOAD / sent`,
      value: deep.sent === 0 ? 0 : deep.invalidPayload / deep.sent,
      unit: "ratio",
    },
    {
      id: "soak.errors-logged",
      label: "errors the server logged",
      value: errorsLogged,
      unit: "lines",
      target: { text: "= 0", met: errorsLogged === 0, on: "value" },
    },
    {
      id: "soak.churn.connections",
      label: "churn connections opened",
      value: churn.ready,
      unit: "connections",
    },
  ];
  const duplicates = readers.reduce((n, r) => n + r.duplicates, 0);
  return {
    name: "soak",
    title: "Soak under hostile clients",
    config: { ...o },
    figures,
    notes: [
      `Baseline round without the attackers: RSS idle ${calm.idleMb.toFixed(0)} MB, start ${calm.startMb.toFixed(0)}, peak ${calm.peakMb.toFixed(0)}, end ${calm.endMb.toFixed(0)}; delivered/accepted ${(Math.min(...baseline.actors.readers.map((r) => r.seen.size)) / (baseline.actors.flood.sent - baseline.actors.flood.refused)).toFixed(4)}.`,
      `RSS over time (s: MB): ${samples.map((s) => `${(s.atMs / 1000).toFixed(0)}: ${mb(s).toFixed(0)}`).join(", ")}.`,
      `Soak from ${(marks.soakStart / 1000).toFixed(1)} s to ${(marks.soakEnd / 1000).toFixed(1)} s; every flood message refused or delivered to every reader by ${(marks.drainedAt / 1000).toFixed(1)} s.`,
      `The non-reader connected ${nonReader.connections} times and was cut ${nonReader.cutByServer} times; its pong every ${o.pongEveryMs / 1000} s keeps the heartbeat alive, so only backpressure ends it.`,
      `Deep payloads: ${deep.sent} sent, ${deep.invalidPayload} answered INVALID_PAYLOAD, ${deep.otherAnswers} answered otherwise (the last ones in flight when it stopped may be unanswered).`,
      `Flood: ${flood.otherErrors} errors other than RATE_LIMITED; ${duplicates} duplicate deliveries; server counters ${JSON.stringify(counters)}.`,
      `Churn: ${churn.opened} opened, ${churn.ready} got their snapshot, ${churn.failed} refused.`,
      "The server runs in its own process (bench/lib/server-process.ts) with the shipped defaults: 500 events/s per connection and per user, 4 MiB queued per connection.",
    ],
  };
}
