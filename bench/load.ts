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
  /** Runs per server and mode, alternating which guard goes first (use an even number); figures are medians. */
  rounds?: number;
  /** The worst case for the guard, also measured: a channel this small (one recipient per message)... */
  pairClients?: number;
  /** ...with this many messages in flight per client. */
  pairWindow?: number;
  /** MESSAGE_SENT fed straight to the guard middleware per batch, to time the guard alone. */
  guardIterations?: number;
  warmupMs?: number;
}

export const LOAD_DEFAULTS = {
  clients: 20,
  rate: 25,
  durationMs: 1500,
  window: 2,
  rounds: 4,
  warmupMs: 1000,
  pairClients: 2,
  pairWindow: 20,
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
const GUARDS = ["on", "off"] as const;
type Guard = (typeof GUARDS)[number];

export async function runLoad(options: LoadOptions = {}): Promise<BenchResult> {
  const config = { ...LOAD_DEFAULTS, ...options };
  if (config.clients < 2)
    throw new RangeError("load: needs at least 2 clients (a sender and a recipient)");
  const servers: Partial<Record<Guard, ServerProcess>> = {};
  const clientSets: Partial<Record<Guard, ClientSet>> = {};
  try {
    [servers.on, servers.off] = await Promise.all([
      startServerProcess(GUARD_ON),
      startServerProcess(GUARD_OFF),
    ]);
    for (const guard of GUARDS)
      clientSets[guard] = await connectClients(servers[guard]!.url, config.clients);

    const drives: Record<"fixed" | "saturation", (run: LoadRun) => Promise<void>> = {
      fixed: fixedRate(config.clients, config.rate, config.durationMs),
      saturation: saturation(config.clients, config.window, config.durationMs),
    };
    // Warm-up: both servers' JIT and this process's, untimed.
    for (const guard of GUARDS) {
      await measured(
        servers[guard]!,
        clientSets[guard]!,
        saturation(config.clients, config.window, config.warmupMs),
      );
    }
    const stats: Record<Mode, Record<Guard, RunStats[]>> = {
      fixed: { on: [], off: [] },
      saturation: { on: [], off: [] },
      pair: { on: [], off: [] },
    };
    for (let round = 0; round < config.rounds; round++) {
      for (const mode of ["fixed", "saturation"] as const) {
        for (const guard of rotate(GUARDS, round)) {
          stats[mode][guard].push(
            await measured(servers[guard]!, clientSets[guard]!, drives[mode]),
          );
        }
      }
    }
    // The small channel: same servers, the big client sets gone.
    for (const guard of GUARDS) {
      clientSets[guard]!.sockets.forEach((s) => s.close());
      clientSets[guard] = await connectClients(servers[guard]!.url, config.pairClients);
    }
    const pair = saturation(config.pairClients, config.pairWindow, config.durationMs);
    for (const guard of GUARDS)
      await measured(
        servers[guard]!,
        clientSets[guard]!,
        saturation(config.pairClients, config.pairWindow, config.warmupMs),
      );
    for (let round = 0; round < config.rounds; round++) {
      for (const guard of rotate(GUARDS, round)) {
        stats.pair[guard].push(await measured(servers[guard]!, clientSets[guard]!, pair));
      }
    }
    return report(config, stats, guardCostUs(config.guardIterations));
  } finally {
    for (const guard of GUARDS) clientSets[guard]?.sockets.forEach((s) => s.close());
    await Promise.all(GUARDS.map((guard) => servers[guard]?.close()));
  }
}

function report(
  config: typeof LOAD_DEFAULTS,
  stats: Record<Mode, Record<Guard, RunStats[]>>,
  guardUs: number,
): BenchResult {
  const med = (mode: Mode, guard: Guard, pick: (s: RunStats) => number) =>
    median(stats[mode][guard].map(pick));
  const all = Object.values(stats).flatMap((byGuard) => [...byGuard.on, ...byGuard.off]);
  const delivered = all.reduce((sum, s) => sum + s.delivered, 0);
  const expected = all.reduce((sum, s) => sum + s.expected, 0);
  const violations = all.reduce((sum, s) => sum + s.violations, 0);
  const rate = (s: RunStats) => s.rate;
  // What one fully busy server core delivers: throughput with the load generator factored out.
  const capacity = (s: RunStats) => 1e6 / s.serverCpuUsPerEvent;
  const p = (q: number) => (s: RunStats) => (s.latencies.length ? percentile(s.latencies, q) : NaN);

  /** Guard on vs guard off; the ratio is the median of per-round ratios (the runs alternate). */
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
      median(stats[mode].on.map((s, i) => pick(s) / pick(stats[mode].off[i]!))),
    );
  const perMessageOff = (mode: Mode, recipients: number) =>
    med(mode, "off", (s) => s.serverCpuUsPerEvent) * recipients;
  const capacityRatio = median(
    stats.saturation.on.map((s, i) => capacity(s) / capacity(stats.saturation.off[i]!)),
  );

  const fixed = `fixed rate (${config.clients} clients x ${config.rate} msg/s)`;
  const sat = `saturation (${config.clients} clients, ${config.window} in flight each)`;
  const pair = `${config.pairClients} clients (${config.pairWindow} in flight each)`;
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
    ),
    onOff("saturation", "delivered", `${sat}: delivered`, rate, "events/s"),
    onOff("saturation", "p50", `${sat}: p50 delivery latency`, p(50), "ms"),
    onOff("saturation", "p99", `${sat}: p99 delivery latency`, p(99), "ms"),
    onOff(
      "saturation",
      "capacity",
      `${sat}: server capacity (events per server CPU-second)`,
      capacity,
      "events/s",
      {
        text: "validation layer costs <= 5% of throughput (capacity ratio >= 0.95)",
        met: capacityRatio >= 0.95,
        on: "ratio",
      },
    ),
    onOff("pair", "delivered", `worst case for the guard, ${pair}: delivered`, rate, "events/s"),
    onOff(
      "pair",
      "capacity",
      `worst case, ${pair}: server capacity (events per server CPU-second)`,
      capacity,
      "events/s",
    ),
    compared(
      {
        id: "load.guard.direct",
        label: "the guard alone per inbound MESSAGE_SENT (its middleware, timed in process)",
        value: guardUs,
        unit: "us",
      },
      {
        label: `server CPU per MESSAGE_SENT, guard off, saturation (${config.clients - 1} deliveries each)`,
        value: perMessageOff("saturation", config.clients - 1),
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
        label: `server CPU per MESSAGE_SENT, guard off, ${config.pairClients} clients (${config.pairClients - 1} delivery each)`,
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
      `${config.clients} clients in channel general on 127.0.0.1, server in its own process; each MESSAGE_SENT goes to the ${config.clients - 1} others. Medians of ${config.rounds} runs of ${config.durationMs} ms per mode and guard, alternating on/off, after ${config.warmupMs} ms of warm-up each; ratios are medians of per-round ratios.`,
      `Every MESSAGE_RECEIVED was validated on arrival: ${delivered} of ${expected} expected deliveries arrived, ${violations} contract violation(s).`,
      "Guard on = the contract guard as shipped (event names, schemas, rate limiter), with the limiter's bucket set so large it never drops; guard off = createChatServer({ validateIncoming: false }).",
      `CPU in cores, saturation: ${cpu("saturation")}; worst case: ${cpu("pair")}. The server and the load generator share 2 cores, so delivered events/s is capped by whichever saturates first; server capacity (delivered events / server CPU time) is the server's own throughput per core, and the target is judged on it.`,
      "Latency is from the sender's emit to the recipient's listener, both in this process, so it includes the load generator's own queueing.",
      `The guard validates each inbound MESSAGE_SENT once while the server emits it to every other member, so its share shrinks as the channel grows; with ${config.pairClients} clients (one recipient per message) its share is the largest. The last two rows time the guard's middleware directly (median of 5 batches of ${config.guardIterations}); their ratio is its share of the server's work per message, a check on the end-to-end figures that this shared machine makes noisy.`,
    ],
  };
}
