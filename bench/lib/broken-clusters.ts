// The broken clusters of test/cluster, for the catalogue bench: each node a process of its
// own, with the event the suite must blame. The reference cluster is the same number of
// `chat-contract serve --redis` nodes on one Redis.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startUrlProcess, type UrlProcess } from "../../test/support/url-process.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const NODES = 2;

export interface BrokenCluster {
  name: string;
  description: string;
  /** `event / check` pairs the verdict must contain (test/conformance/run-cli.ts blamed()). */
  blames: readonly string[];
  start(redisUrl: string): Promise<UrlProcess[]>;
}

const node = (args: string[]) => startUrlProcess(["--import", "tsx", ...args], ROOT);
const serve = (args: string[]) =>
  node([path.join(ROOT, "bin/dev.js"), "serve", "--port", "0", ...args]);

async function startAll(start: () => Promise<UrlProcess>): Promise<UrlProcess[]> {
  const started = await Promise.allSettled(Array.from({ length: NODES }, start));
  const nodes = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = started.find((s) => s.status === "rejected");
  if (failed !== undefined) {
    await Promise.all(nodes.map((n) => n.stop()));
    throw (failed as PromiseRejectedResult).reason;
  }
  return nodes;
}

/** The reference server as a cluster: the baseline of the broken ones. */
export const referenceCluster = (redisUrl: string) => startAll(() => serve(["--redis", redisUrl]));

export const BROKEN_CLUSTERS: readonly BrokenCluster[] = [
  {
    name: "no-adapter",
    description: "in-memory nodes: a message never crosses to a client on another node",
    blames: ["MESSAGE_RECEIVED / event-observed"],
    start: () => startAll(() => serve([])),
  },
  {
    name: "per-node-state",
    description:
      "broadcasts on Redis, presence and groups per node: USER_CONNECTED twice, a group unknown on the next node",
    blames: ["DATA_RECEIVED / payload-content", "USER_CHANGED_GROUP / event-observed"],
    start: (redisUrl) =>
      startAll(() =>
        node([
          path.join(ROOT, "test/cluster/per-node-state-node.ts"),
          redisUrl,
          "per-node:socket.io",
        ]),
      ),
  },
];
