// Benchmark: the load of bench/load.ts through three deployments of the reference server,
// measured in the same run:
//   memory    one node, state in memory (the embedded default): the baseline
//   redis-1   one node on Redis (state in Redis, broadcasts through the Redis Streams adapter)
//   redis-3   three nodes on one Redis, each in its own process; client i on node i mod 3, so
//             every message reaches recipients on the other two nodes
// Each Redis deployment has a redis-server of its own (started here on a free loopback port,
// stopped at the end), so the commands counted during a run are that deployment's alone:
// INFO commandstats before and after each run. Server-side CPU counts every node process
// and redis-server (INFO cpu). Without redis-server the section reports itself skipped.
import { createClient } from "redis";
import { compared, type BenchResult, type Figure } from "./lib/figure.ts";
import {
  connectClients,
  fixedRate,
  measured,
  saturation,
  type ClientSet,
  type LoadRun,
  type RunStats,
} from "./lib/load-run.ts";
import { LOAD_DEFAULTS } from "./load.ts";
import {
  startServerProcess,
  type ServerProcess,
  type ServerProcessOptions,
  type UsageSample,
} from "./lib/server-process.ts";
import { median, percentile } from "./lib/stats.ts";
import { rotate } from "./lib/timer.ts";
import {
  requireRedisServer,
  startRedis,
  type RedisProcess,
} from "../test/cluster/redis-process.ts";

export interface ClusterLoadOptions {
  clients?: number;
  /** MESSAGE_SENT per second, per client, in the fixed-rate run. */
  rate?: number;
  durationMs?: number;
  /** Messages in flight per client in the saturation run. */
  window?: number;
  /** Runs per deployment and mode, in rotating order; figures are medians. */
  rounds?: number;
  warmupMs?: number;
  /** Nodes of the multi-node deployment. */
  nodes?: number;
}

/** The load bench's own load, so the in-memory figures here are comparable with it. */
export const CLUSTER_LOAD_DEFAULTS = {
  clients: LOAD_DEFAULTS.clients,
  rate: LOAD_DEFAULTS.rate,
  durationMs: LOAD_DEFAULTS.durationMs,
  window: LOAD_DEFAULTS.window,
  rounds: LOAD_DEFAULTS.rounds,
  warmupMs: LOAD_DEFAULTS.warmupMs,
  nodes: 3,
};

const TITLE = "One node in memory vs one and three nodes on Redis";

// The guard as shipped, with a rate-limit bucket so large it never drops (as in bench/load.ts).
const NODE: ServerProcessOptions = {
  validateIncoming: true,
  rateLimit: { events: 1_000_000_000, perMs: 1000 },
};

const SETUPS = ["memory", "redis-1", "redis-n"] as const;
type Setup = (typeof SETUPS)[number];
type Mode = "fixed" | "saturation";

type RedisClient = ReturnType<typeof createClient>;

interface RedisCounters {
  /** CPU time of redis-server since it started (user + system), in ms. */
  cpuMs: number;
  /** Calls per command name (INFO commandstats), INFO itself left out. */
  calls: Map<string, number>;
}

interface Deployment {
  nodes: ServerProcess[];
  redis?: { server: RedisProcess; client: RedisClient };
  /** Counters read by the usage() calls of wholeOf(), i.e. at the start and end of measured(). */
  counters: RedisCounters[];
}

interface ClusterRunStats extends RunStats {
  /** Redis commands during the run (0 in memory), and the busiest ones. */
  redisCommands: number;
  calls: Map<string, number>;
  /** redis-server's CPU over the run's wall time, in cores (0 in memory). */
  redisCpu: number;
}

async function readCounters(client: RedisClient): Promise<RedisCounters> {
  const text = await client.info("everything");
  const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, "m").exec(text)?.[1]);
  const calls = new Map<string, number>();
  for (const [, name, count] of text.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
    if (name !== "info") calls.set(name!, Number(count));
  }
  return { cpuMs: (field("used_cpu_user") + field("used_cpu_sys")) * 1000, calls };
}

function sumUsage(samples: UsageSample[], extraCpuMs: number): UsageSample {
  const sum = (pick: (s: UsageSample) => number) => samples.reduce((t, s) => t + pick(s), 0);
  return {
    cpuMs: sum((s) => s.cpuMs) + extraCpuMs,
    activeMs: sum((s) => s.activeMs),
    delayedEmits: 0,
    latencyCoveredMs: 0,
    rssBytes: sum((s) => s.rssBytes),
    counters: {
      slowConsumerDisconnects: sum((s) => s.counters.slowConsumerDisconnects),
      rateLimitedEvents: sum((s) => s.counters.rateLimitedEvents),
      guardRejections: sum((s) => s.counters.guardRejections),
    },
    errorsLogged: sum((s) => s.errorsLogged),
    warningsLogged: sum((s) => s.warningsLogged),
  };
}

async function deploy(nodeCount: number, withRedis: boolean): Promise<Deployment> {
  const deployment: Deployment = { nodes: [], counters: [] };
  try {
    if (withRedis) {
      const server = await startRedis();
      const client: RedisClient = createClient({ url: server.url });
      client.on("error", () => {
        // A failed INFO rejects its own promise; the listener only keeps the client from throwing.
      });
      deployment.redis = { server, client };
      await client.connect();
    }
    const options = withRedis ? { ...NODE, redis: deployment.redis!.server.url } : NODE;
    // One at a time: a node on Redis registers itself before the next one starts.
    for (let i = 0; i < nodeCount; i++) deployment.nodes.push(await startServerProcess(options));
  } catch (error) {
    await undeploy(deployment);
    throw error;
  }
  return deployment;
}

/** Every node and redis-server as one ServerProcess for measured(): CPU summed. */
function wholeOf(deployment: Deployment): ServerProcess {
  return {
    url: deployment.nodes[0]!.url,
    usage: async () => {
      const samples = await Promise.all(deployment.nodes.map((node) => node.usage()));
      const redis = deployment.redis ? await readCounters(deployment.redis.client) : undefined;
      if (redis) deployment.counters.push(redis);
      return sumUsage(samples, redis?.cpuMs ?? 0);
    },
    close: () => undeploy(deployment),
  };
}

async function undeploy(deployment: Deployment): Promise<void> {
  await Promise.all(deployment.nodes.map((node) => node.close()));
  deployment.nodes = [];
  if (deployment.redis) {
    await deployment.redis.client.close().catch(() => undefined);
    await deployment.redis.server.stop();
    deployment.redis = undefined;
  }
}

async function measuredOn(
  deployment: Deployment,
  set: ClientSet,
  drive: (run: LoadRun) => Promise<void>,
): Promise<ClusterRunStats> {
  deployment.counters = [];
  const start = performance.now();
  const stats = await measured(wholeOf(deployment), set, drive);
  const wallMs = performance.now() - start;
  const [before, after] = deployment.counters;
  const calls = new Map<string, number>();
  if (before && after) {
    for (const [name, count] of after.calls) {
      const delta = count - (before.calls.get(name) ?? 0);
      if (delta > 0) calls.set(name, delta);
    }
  }
  return {
    ...stats,
    calls,
    redisCommands: [...calls.values()].reduce((sum, n) => sum + n, 0),
    redisCpu: before && after ? (after.cpuMs - before.cpuMs) / wallMs : 0,
  };
}

type Stats = Record<Mode, Record<Setup, ClusterRunStats[]>>;

/** The reason the section cannot run here, or undefined when redis-server is installed. */
export function clusterLoadUnavailable(): string | undefined {
  try {
    requireRedisServer();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export async function runClusterLoad(options: ClusterLoadOptions = {}): Promise<BenchResult> {
  const config = { ...CLUSTER_LOAD_DEFAULTS, ...options };
  if (config.clients < 2) throw new RangeError("cluster-load: needs at least 2 clients");
  if (config.nodes < 2) throw new RangeError("cluster-load: the cluster needs at least 2 nodes");
  const skipped = clusterLoadUnavailable();
  if (skipped !== undefined) {
    return { name: "cluster-load", title: TITLE, config, figures: [], notes: [], skipped };
  }
  const deployments: Partial<Record<Setup, Deployment>> = {};
  const sets: Partial<Record<Setup, ClientSet>> = {};
  try {
    deployments.memory = await deploy(1, false);
    deployments["redis-1"] = await deploy(1, true);
    deployments["redis-n"] = await deploy(config.nodes, true);
    for (const setup of SETUPS) {
      sets[setup] = await connectClients(
        deployments[setup]!.nodes.map((node) => node.url),
        config.clients,
      );
    }
    const stats: Stats = {
      fixed: { memory: [], "redis-1": [], "redis-n": [] },
      saturation: { memory: [], "redis-1": [], "redis-n": [] },
    };
    const drives: Record<Mode, (ms: number) => (run: LoadRun) => Promise<void>> = {
      fixed: (ms) => fixedRate(config.clients, config.rate, ms),
      saturation: (ms) => saturation(config.clients, config.window, ms),
    };
    // Warm-up: every node's JIT, Redis's stream, this process's; untimed.
    for (const setup of SETUPS)
      await measuredOn(deployments[setup]!, sets[setup]!, drives.fixed(config.warmupMs));
    for (const mode of ["fixed", "saturation"] as const) {
      for (let round = 0; round < config.rounds; round++) {
        for (const setup of rotate(SETUPS, round)) {
          stats[mode][setup].push(
            await measuredOn(deployments[setup]!, sets[setup]!, drives[mode](config.durationMs)),
          );
        }
      }
    }
    return report(config, stats);
  } finally {
    for (const set of Object.values(sets)) set.sockets.forEach((s) => s.close());
    await Promise.all(Object.values(deployments).map((d) => undeploy(d)));
  }
}

function report(config: typeof CLUSTER_LOAD_DEFAULTS, stats: Stats): BenchResult {
  const n = config.nodes;
  const NAME: Record<Setup, string> = {
    memory: "one node in memory",
    "redis-1": "one node on Redis",
    "redis-n": `${n} nodes on Redis`,
  };
  const runs = (mode: Mode, setup: Setup) => stats[mode][setup];
  const med = (mode: Mode, setup: Setup, pick: (s: ClusterRunStats) => number) =>
    median(runs(mode, setup).map(pick));
  /** Median of per-round ratios: both runs of a round saw the same moment of this shared machine. */
  const ratio = (mode: Mode, a: Setup, b: Setup, pick: (s: ClusterRunStats) => number) =>
    median(runs(mode, a).map((s, i) => pick(s) / pick(runs(mode, b)[i]!)));
  const rate = (s: ClusterRunStats) => s.rate;
  const p = (q: number) => (s: ClusterRunStats) =>
    s.latencies.length ? percentile(s.latencies, q) : NaN;
  // Delivered events per CPU-second of the whole server side: nodes plus redis-server.
  const capacity = (s: ClusterRunStats) => 1e6 / s.serverCpuUsPerEvent;
  const perEvent = (s: ClusterRunStats) => s.redisCommands / Math.max(1, s.delivered);

  const vsMemory = (
    mode: Mode,
    setup: Exclude<Setup, "memory">,
    id: string,
    label: string,
    pick: (s: ClusterRunStats) => number,
    unit: string,
  ): Figure =>
    compared(
      {
        id: `cluster.${mode}.${id}.${setup}`,
        label: `${label}, ${NAME[setup]}`,
        value: med(mode, setup, pick),
        unit,
      },
      { label: NAME.memory, value: med(mode, "memory", pick) },
      ratio(mode, setup, "memory", pick),
    );
  const both = (
    mode: Mode,
    id: string,
    label: string,
    pick: (s: ClusterRunStats) => number,
    unit: string,
  ) => [
    vsMemory(mode, "redis-1", id, label, pick, unit),
    vsMemory(mode, "redis-n", id, label, pick, unit),
  ];
  const commands = (mode: Mode, label: string): Figure =>
    compared(
      {
        id: `cluster.${mode}.redis-commands`,
        label: `${label}: Redis commands per delivered event, ${NAME["redis-n"]}`,
        value: med(mode, "redis-n", perEvent),
        unit: "commands",
      },
      { label: NAME["redis-1"], value: med(mode, "redis-1", perEvent) },
      ratio(mode, "redis-n", "redis-1", perEvent),
    );

  const all = SETUPS.flatMap((setup) => [...runs("fixed", setup), ...runs("saturation", setup)]);
  const delivered = all.reduce((sum, s) => sum + s.delivered, 0);
  const expected = all.reduce((sum, s) => sum + s.expected, 0);
  const violations = all.reduce((sum, s) => sum + s.violations, 0);

  const fixed = `fixed rate (${config.clients} clients x ${config.rate} msg/s)`;
  const sat = `saturation (${config.clients} clients, ${config.window} in flight each)`;
  const figures: Figure[] = [
    ...both("fixed", "delivered", `${fixed}: delivered`, rate, "events/s"),
    ...both("fixed", "p50", `${fixed}: p50 delivery latency`, p(50), "ms"),
    ...both("fixed", "p99", `${fixed}: p99 delivery latency`, p(99), "ms"),
    ...both(
      "fixed",
      "capacity",
      `${fixed}: events per server-side CPU-second (nodes + redis-server)`,
      capacity,
      "events/s",
    ),
    commands("fixed", fixed),
    ...both("saturation", "delivered", `${sat}: delivered`, rate, "events/s"),
    ...both("saturation", "p50", `${sat}: p50 delivery latency`, p(50), "ms"),
    ...both("saturation", "p99", `${sat}: p99 delivery latency`, p(99), "ms"),
    commands("saturation", sat),
    {
      id: "cluster.delivered-ratio",
      label: "every run of every deployment: deliveries arrived / expected",
      value: delivered / Math.max(1, expected),
      unit: "ratio",
      target: {
        text: "= 1 (nothing lost between nodes)",
        met: delivered === expected,
        on: "value",
      },
    },
  ];

  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const cores = (mode: Mode, setup: Setup) => {
    const redis = med(mode, setup, (s) => s.redisCpu);
    const server = med(mode, setup, (s) => s.serverCpu);
    const client = med(mode, setup, (s) => s.clientCpu);
    return setup === "memory"
      ? `${NAME[setup]}: node ${pct(server)}, load generator ${pct(client)}`
      : `${NAME[setup]}: nodes ${pct(server - redis)} + redis-server ${pct(redis)}, load generator ${pct(client)}`;
  };
  /** The busiest commands, per MESSAGE_SENT (each is expected by clients - 1 recipients). */
  const busiest = (mode: Mode, setup: Setup) => {
    const totals = new Map<string, number>();
    let messages = 0;
    for (const s of runs(mode, setup)) {
      messages += s.expected / (config.clients - 1);
      for (const [name, count] of s.calls) totals.set(name, (totals.get(name) ?? 0) + count);
    }
    return [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([name, count]) => `${name.toUpperCase()} ${(count / Math.max(1, messages)).toFixed(2)}`)
      .join(", ");
  };
  const perMessage = (mode: Mode, setup: Setup) =>
    (med(mode, setup, perEvent) * (config.clients - 1)).toFixed(2);
  const x = (value: number) => `${value.toFixed(2)}x`;
  // CPU per delivery of a whole deployment over the in-memory node's: 1 / the capacity ratio.
  const costN = 1 / ratio("fixed", "redis-n", "memory", capacity);
  const cost1 = 1 / ratio("fixed", "redis-1", "memory", capacity);
  const sameNode = Math.ceil(config.clients / n) - 1;

  return {
    name: "cluster-load",
    title: TITLE,
    config,
    figures,
    notes: [
      `The load of bench/load.ts: ${config.clients} clients in channel general on 127.0.0.1, each MESSAGE_SENT going to the ${config.clients - 1} others, the guard on (rate-limit bucket never empty). Every node is a process of its own; each Redis deployment has its own redis-server, started on a free loopback port for this run and stopped after it. Medians of ${config.rounds} runs of ${config.durationMs} ms per mode and deployment, in rotating order, after ${config.warmupMs} ms of warm-up each; ratios are medians of per-round ratios.`,
      `${n} nodes: client i is on node i mod ${n}, so a message's recipients are on every node; at most ${sameNode} of its ${config.clients - 1} recipients share the sender's node, the others are reached through Redis.`,
      `Every MESSAGE_RECEIVED was validated on arrival: ${delivered} of ${expected} expected deliveries arrived, ${violations} contract violation(s).`,
      `Redis commands per delivered event count every command redis-server processed during the run (INFO commandstats before and after, INFO itself left out), heartbeats included: ${perMessage("fixed", "redis-1")} per MESSAGE_SENT on one node and ${perMessage("fixed", "redis-n")} on ${n} nodes at the fixed rate. The busiest, per MESSAGE_SENT, fixed rate: one node ${busiest("fixed", "redis-1")}; ${n} nodes ${busiest("fixed", "redis-n")}. The Redis Streams adapter writes each broadcast once (XADD) however many nodes and recipients there are, and every node reads the stream in batches (XREAD), so Redis work grows with messages and nodes, not with recipients.`,
      `CPU in cores, fixed rate: ${cores("fixed", "memory")}; ${cores("fixed", "redis-1")}; ${cores("fixed", "redis-n")}. Saturation: ${cores("saturation", "memory")}; ${cores("saturation", "redis-1")}; ${cores("saturation", "redis-n")}.`,
      `What this says about scaling: the machine has 2 cores for the load generator, redis-server and every node, so more nodes here are more processes, not more cores; at saturation ${n} nodes delivered ${x(ratio("saturation", "redis-n", "memory", rate))} what one in-memory node did, and no speed-up can be read from this machine. What carries over is the cost per delivery: the whole deployment (nodes + redis-server) spent ${x(cost1)} (one node on Redis) and ${x(costN)} (${n} nodes) the CPU of the in-memory node per delivered event: the round trip through Redis (every node, the sender's too, reads each broadcast back from the stream and decodes it) and, on ${n} nodes, every node decoding every message plus more processes than cores. With a core per node and Redis keeping up, ${n} nodes would deliver at most about ${n} / ${costN.toFixed(2)} = ${x(n / costN)} of one in-memory node: an estimate from these costs, not a measurement.`,
      "Latency is from the sender's emit to the recipient's listener, both in this process: on Redis it includes the XADD, the other node's blocking XREAD and the extra hop, and on this machine the queueing of processes waiting for a core.",
    ],
  };
}
