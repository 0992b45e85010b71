// Benchmark 3: load through the reference server, with its validation layer (the contract
// guard) on and off.
//
// The server runs in a child process (one core); C clients in this process (the other
// core) join channel `general` and send MESSAGE_SENT; every MESSAGE_RECEIVED is validated
// against the contract on arrival and timed from its send (bench/lib/load-run.ts). Each
// mode runs against both servers, guard on and guard off, in alternating order:
//   fixed rate   each client sends R messages per second for D ms: delivered events/s,
//                p50/p99 delivery latency, server capacity (events per server CPU-second)
//   saturation   each client keeps W messages in flight (a message is done when all C-1
//                others have it): the most delivered events/s the pair can do
//   worst case   saturation with 2 clients: one delivery per validated message
// The guard's middleware is also timed alone, as a check on the noisier end-to-end ratio.
import { guardSocket } from "../src/server/index.ts";
import { compared, type BenchResult, type Figure } from "./lib/figure.ts";
import {
  connectClients,
  fixedRate,
  measured,
  saturation,
  TEXTS,
  userIdOf,
  type ClientSet,
  type LoadRun,
  type RunStats,
} from "./lib/load-run.ts";
import {
  startServerProcess,
  type ServerProcess,
  type ServerProcessOptions,
} from "./lib/server-process.ts";
import { median, percentile } from "./lib/stats.ts";
import { rotate } from "./lib/timer.ts";

export interface LoadOptions {
  clients?: number;
  /** MESSAGE_SENT per second, per client, in the fixed-rate run. */
  rate?: number;
  durationMs?: number;
  /** Messages in flight per client in the saturation run. */
  window?: number;
  /** Runs per server and mode, in rotating order; figures are medians. */
  rounds?: number;
  /** The worst case for the guard, also measured: a channel this small (one recipient per message)... */
  pairClients?: number;
  /** ...each client sending this many MESSAGE_SENT per second. */
  pairRate?: number;
  /** MESSAGE_SENT fed straight to the guard middleware per batch, to time the guard alone. */
  guardIterations?: number;
  warmupMs?: number;
}

export const LOAD_DEFAULTS = {
  clients: 20,
  rate: 100,
  durationMs: 1200,
  window: 2,
  rounds: 6,
  warmupMs: 1000,
  pairClients: 2,
  pairRate: 5000,
  guardIterations: 20_000,
};

// The guard as shipped, except that its rate limiter never drops: a saturation run would
// otherwise measure the limiter's refusals instead of the server's throughput.
const GUARD_ON: ServerProcessOptions = {
  validateIncoming: true,
  rateLimit: { events: 1_000_000_000, perMs: 1000 },
};
const GUARD_OFF: ServerProcessOptions = { validateIncoming: false };

type Middleware = (packet: unknown[], next: (error?: Error) => void) => void;

/**
 * The guard's own cost per inbound MESSAGE_SENT, measured directly: the real guardSocket()
 * middleware on a stand-in socket, fed the payloads the load run sends. Median of 5 batches.
 */
function guardCostUs(iterations: number): number {
  let middleware: Middleware | undefined;
  const socket = { id: "bench", use: (fn: Middleware) => (middleware = fn), emit: () => true };
  guardSocket(socket as unknown as Parameters<typeof guardSocket>[0], {
    rateLimit: GUARD_ON.rateLimit,
  });
  const packets = TEXTS.map((text, i) => [
    "MESSAGE_SENT",
    { userId: userIdOf(0), message: `#${i} ${text}`, timestamp: new Date().toISOString() },
  ]);
  let accepted = 0;
  const next = (error?: Error) => {
    if (error === undefined) accepted++;
  };
  const batch = () => {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) middleware!(packets[i % packets.length]!, next);
    return ((performance.now() - start) * 1000) / iterations;
  };
  batch(); // warm-up
  const samples = Array.from({ length: 5 }, batch);
  if (accepted !== iterations * 6)
    throw new Error(`load: the guard rejected ${iterations * 6 - accepted} valid MESSAGE_SENT`);
  return median(samples);
}

type Mode = "fixed" | "saturation" | "pair";
/** Guard on, guard off, and a second guard-off server: the A/A pair shows the noise floor. */
const SERVERS = ["on", "off", "aa"] as const;
type Server = (typeof SERVERS)[number];
const OPTIONS: Record<Server, ServerProcessOptions> = {
  on: GUARD_ON,
  off: GUARD_OFF,
  aa: GUARD_OFF,
};
/** Which servers each mode compares. */
const COMPARED: Record<Mode, readonly Server[]> = {
  fixed: SERVERS,
  saturation: ["on", "off"],
  pair: ["on", "off"],
};

type Stats = Record<Mode, Partial<Record<Server, RunStats[]>>>;

async function connectAll(servers: Record<Server, ServerProcess>, count: number) {
  const sets: Partial<Record<Server, ClientSet>> = {};
  for (const name of SERVERS) sets[name] = await connectClients(servers[name].url, count);
  return sets as Record<Server, ClientSet>;
}

function closeAll(sets: Partial<Record<Server, ClientSet>> | undefined): void {
  for (const set of Object.values(sets ?? {})) set.sockets.forEach((s) => s.close());
}

/** `rounds` runs of `drive` per server, rotating which server goes first. */
async function rounds(
  mode: Mode,
  stats: Stats,
  servers: Record<Server, ServerProcess>,
  sets: Record<Server, ClientSet>,
  drive: (run: LoadRun) => Promise<void>,
  count: number,
): Promise<void> {
  for (let round = 0; round < count; round++) {
    for (const name of rotate(COMPARED[mode], round)) {
      (stats[mode][name] ??= []).push(await measured(servers[name], sets[name], drive));
    }
  }
}

export async function runLoad(options: LoadOptions = {}): Promise<BenchResult> {
  const config = { ...LOAD_DEFAULTS, ...options };
  if (config.clients < 2 || config.pairClients < 2)
    throw new RangeError("load: needs at least 2 clients (a sender and a recipient)");
  const started: ServerProcess[] = [];
  let sets: Record<Server, ClientSet> | undefined;
  try {
    const list = await Promise.all(SERVERS.map((name) => startServerProcess(OPTIONS[name])));
    started.push(...list);
    const servers = Object.fromEntries(SERVERS.map((name, i) => [name, list[i]!])) as Record<
      Server,
      ServerProcess
    >;
    const stats: Stats = { fixed: {}, saturation: {}, pair: {} };

    sets = await connectAll(servers, config.clients);
    // Warm-up: every server's JIT and this process's, untimed.
    for (const name of SERVERS)
      await measured(
        servers[name],
        sets[name],
        fixedRate(config.clients, config.rate, config.warmupMs),
      );
    await rounds(
      "fixed",
      stats,
      servers,
      sets,
      fixedRate(config.clients, config.rate, config.durationMs),
      config.rounds,
    );
    await rounds(
      "saturation",
      stats,
      servers,
      sets,
      saturation(config.clients, config.window, config.durationMs),
      config.rounds,
    );

    // The small channel: same servers, the big client sets gone.
    closeAll(sets);
    sets = await connectAll(servers, config.pairClients);
    const pair = (ms: number) => fixedRate(config.pairClients, config.pairRate, ms);
    for (const name of COMPARED.pair)
      await measured(servers[name], sets[name], pair(config.warmupMs));
    await rounds("pair", stats, servers, sets, pair(config.durationMs), config.rounds);

    return report(config, stats, guardCostUs(config.guardIterations));
  } finally {
    closeAll(sets);
    await Promise.all(started.map((server) => server.close()));
  }
}

function report(config: typeof LOAD_DEFAULTS, stats: Stats, guardUs: number): BenchResult {
  const runs = (mode: Mode, name: Server) => stats[mode][name] ?? [];
  const med = (mode: Mode, name: Server, pick: (s: RunStats) => number) =>
    median(runs(mode, name).map(pick));
  const all = Object.values(stats).flatMap((byServer) => Object.values(byServer).flat());
  const delivered = all.reduce((sum, s) => sum + s.delivered, 0);
  const expected = all.reduce((sum, s) => sum + s.expected, 0);
  const violations = all.reduce((sum, s) => sum + s.violations, 0);
  const rate = (s: RunStats) => s.rate;
  // What one fully busy server core would deliver: throughput with the load generator factored out.
  const capacity = (s: RunStats) => 1e6 / s.serverCpuUsPerEvent;
  const p = (q: number) => (s: RunStats) => (s.latencies.length ? percentile(s.latencies, q) : NaN);
  /** Median of per-round ratios: both runs of a round saw the same moment of this shared machine. */
  const ratio = (mode: Mode, a: Server, b: Server, pick: (s: RunStats) => number) =>
    median(runs(mode, a).map((s, i) => pick(s) / pick(runs(mode, b)[i]!)));

  const onOff = (
    mode: Mode,
    id: string,
    label: string,
    pick: (s: RunStats) => number,
    unit: string,
    target?: Figure["target"],
  ): Figure =>
    compared(
      {
        id: `load.${mode}.${id}`,
        label: `${label}, guard on`,
        value: med(mode, "on", pick),
        unit,
        ...(target ? { target } : {}),
      },
      { label: "guard off", value: med(mode, "off", pick) },
      ratio(mode, "on", "off", pick),
    );
  const capacityRatio = ratio("fixed", "on", "off", capacity);
  const perMessageOff = (mode: Mode, recipients: number) =>
    med(mode, "off", (s) => s.serverCpuUsPerEvent) * recipients;

  const fixed = `fixed rate (${config.clients} clients x ${config.rate} msg/s)`;
  const sat = `saturation (${config.clients} clients, ${config.window} in flight each)`;
  const pair = `worst case, ${config.pairClients} clients x ${config.pairRate} msg/s`;
  const figures: Figure[] = [
    onOff("fixed", "delivered", `${fixed}: delivered`, rate, "events/s"),
    onOff("fixed", "p50", `${fixed}: p50 delivery latency`, p(50), "ms"),
    onOff("fixed", "p99", `${fixed}: p99 delivery latency`, p(99), "ms"),
    onOff(
      "fixed",
      "capacity",
      `${fixed}: server capacity (events per server CPU-second)`,
      capacity,
      "events/s",
      {
        text: "validation layer costs <= 5% of throughput (capacity ratio >= 0.95)",
        met: capacityRatio >= 0.95,
        on: "ratio",
      },
    ),
    compared(
      {
        id: "load.fixed.noise-floor",
        label: `${fixed}: server capacity, second guard-off server (A/A: the noise floor)`,
        value: med("fixed", "aa", capacity),
        unit: "events/s",
      },
      { label: "guard off", value: med("fixed", "off", capacity) },
      ratio("fixed", "aa", "off", capacity),
    ),
    onOff("saturation", "delivered", `${sat}: delivered`, rate, "events/s"),
    onOff("saturation", "p50", `${sat}: p50 delivery latency`, p(50), "ms"),
    onOff("saturation", "p99", `${sat}: p99 delivery latency`, p(99), "ms"),
    onOff("pair", "delivered", `${pair}: delivered`, rate, "events/s"),
    onOff(
      "pair",
      "capacity",
      `${pair}: server capacity (events per server CPU-second)`,
      capacity,
      "events/s",
      {
        text: "the guard's worst case keeps >= 0.85x capacity",
        met: ratio("pair", "on", "off", capacity) >= 0.85,
        on: "ratio",
      },
    ),
    compared(
      {
        id: "load.guard.direct",
        label: "the guard alone per inbound MESSAGE_SENT (its middleware, timed in process)",
        value: guardUs,
        unit: "us",
      },
      {
        label: `server CPU per MESSAGE_SENT, guard off, ${fixed} (${config.clients - 1} deliveries each)`,
        value: perMessageOff("fixed", config.clients - 1),
      },
    ),
    compared(
      {
        id: "load.guard.direct-pair",
        label: "the guard alone per inbound MESSAGE_SENT, against the worst case",
        value: guardUs,
        unit: "us",
      },
      {
        label: `server CPU per MESSAGE_SENT, guard off, ${pair} (1 delivery each)`,
        value: perMessageOff("pair", config.pairClients - 1),
      },
    ),
  ];
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const cpu = (mode: Mode) =>
    `server ${pct(med(mode, "on", (s) => s.serverCpu))} (guard on) / ${pct(med(mode, "off", (s) => s.serverCpu))} (off), load generator ${pct(med(mode, "on", (s) => s.clientCpu))} / ${pct(med(mode, "off", (s) => s.clientCpu))}`;
  return {
    name: "load",
    title: "Load through the reference server",
    config,
    figures,
    notes: [
      `${config.clients} clients in channel general on 127.0.0.1, each server in its own process; each MESSAGE_SENT goes to the ${config.clients - 1} others. Medians of ${config.rounds} runs of ${config.durationMs} ms per mode and server, in rotating order, after ${config.warmupMs} ms of warm-up each; ratios are medians of per-round ratios.`,
      `Every MESSAGE_RECEIVED was validated on arrival: ${delivered} of ${expected} expected deliveries arrived, ${violations} contract violation(s).`,
      "Guard on = the contract guard as shipped (event names, schemas, rate limiter), with the limiter's bucket set so large it never drops; guard off = createChatServer({ validateIncoming: false }).",
      `The target is judged on server capacity at a fixed offered load (delivered events / server CPU time: the server's throughput per core, whatever the load generator can do). The A/A row compares two identical guard-off servers: ratios closer to 1 than it is are noise. CPU in cores: fixed rate ${cpu("fixed")}; saturation ${cpu("saturation")}.`,
      "Saturation delivered events/s is capped by whichever of the server and the load generator saturates first (they share 2 cores), and CPU per event there depends on how frames batch, so it carries no target.",
      "Latency is from the sender's emit to the recipient's listener, both in this process, so it includes the load generator's own queueing.",
      `The guard validates each inbound MESSAGE_SENT once while the server emits it to every other member, so its share shrinks as the channel grows; with ${config.pairClients} clients (one recipient per message) its share is the largest. The last two rows time the guard's middleware alone (median of 5 batches of ${config.guardIterations}); their ratio is its share of the server's CPU per message.`,
    ],
  };
}
