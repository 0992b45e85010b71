// Only the defaults at start-up; socket.io loads when the server starts, so `--help` and
// the other commands do not pay for it.
import { DEFAULT_MAX_QUEUED_BYTES } from "../server/backpressure.ts";
import {
  DEFAULT_HOST,
  DEFAULT_MAX_PAYLOAD_BYTES,
  DEFAULT_NODE_TTL_MS,
  DEFAULT_PORT,
  type ChatServerOptions,
} from "../server/options.ts";
import type { Logger } from "../server/types.ts";
import { startedByNpm, whenParentGone } from "./parent-watch.ts";
import {
  EXIT_OK,
  EXIT_USAGE,
  integerOption,
  parseCommandArgs,
  UsageError,
  type Command,
  type Output,
} from "./command.ts";

const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;

export const serveCommand: Command = {
  name: "serve",
  summary:
    "run the reference chat server (protocol v1, state in memory, or on Redis as a cluster node)",
  help: `Usage: chat-contract serve [--port 3000] [--host 127.0.0.1] [--token T | --jwt-secret S]
                            [--rate-limit N] [--user-rate-limit N] [--max-queued-bytes B]
                            [--redis URL [--node-ttl MS]]

Runs the reference Socket.IO server of the chat protocol v1: every event of asyncapi.yaml,
every inbound event checked against the contract (ERROR_OCCURED on a violation).
State (groups, memberships, presence) lives in memory and is gone when it stops, unless
--redis makes this process one node of a cluster: state in Redis, broadcasts through the
Socket.IO Redis Streams adapter, every node on the same Redis acting as one server.
Prints "chat server listening on <url>"; SIGINT (Ctrl+C) or SIGTERM closes every
connection and exits 0.

Options:
  --port N           port to listen on (default ${DEFAULT_PORT}; 0 picks a free one, printed)
  --host HOST        interface to bind (default ${DEFAULT_HOST}: this machine only)
  --token T          require auth.token === T in the handshake (else AUTH_INVALID)
  --jwt-secret S     per-user identity: auth.token must be a JWT signed with S (HS256)
                     whose sub is auth.userId and which has not expired (else AUTH_INVALID)
  --rate-limit N     events per second per connection, bursts up to N (default 500; 0 = off)
  --user-rate-limit N  events per second per user across all of its connections
                     (default: the --rate-limit value; 0 = off)
  --max-queued-bytes B  bytes queued for a client that is not reading before it is
                     disconnected as a slow consumer (default ${DEFAULT_MAX_QUEUED_BYTES})
  --max-payload B    largest inbound message in bytes, Socket.IO's maxHttpBufferSize
                     (default ${DEFAULT_MAX_PAYLOAD_BYTES}); a bigger one closes that connection
  --redis URL        run as a cluster node on this Redis (redis://127.0.0.1:6379)
  --node-ttl MS      a node silent for this long is taken for dead and its users are
                     announced disconnected within 1.25 x MS (default 10000; with --redis)
  -h, --help         this text

Exit codes: 0 stopped by a signal, 2 bad arguments, the port cannot be bound or Redis
cannot be reached at start.`,
  async run(argv, output) {
    const { values } = parseCommandArgs("serve", argv, {
      port: { type: "string" },
      host: { type: "string" },
      token: { type: "string" },
      "jwt-secret": { type: "string" },
      "rate-limit": { type: "string" },
      "user-rate-limit": { type: "string" },
      "max-queued-bytes": { type: "string" },
      "max-payload": { type: "string" },
      redis: { type: "string" },
      "node-ttl": { type: "string" },
    });
    if (values.help) {
      output.out(serveCommand.help);
      return EXIT_OK;
    }
    const port = integerOption("serve", "port", values.port, DEFAULT_PORT, 0);
    if (port > 65535)
      throw new UsageError(`serve: --port must be at most 65535, got "${values.port}"`);
    const rate = integerOption("serve", "rate-limit", values["rate-limit"], 500, 0);
    const userRate = integerOption("serve", "user-rate-limit", values["user-rate-limit"], rate, 0);
    if (values.token !== undefined && values["jwt-secret"] !== undefined) {
      throw new UsageError("serve: give --token (shared) or --jwt-secret (per user), not both");
    }
    if (values["jwt-secret"] === "") throw new UsageError("serve: --jwt-secret must not be empty");
    if (values["node-ttl"] !== undefined && values.redis === undefined) {
      throw new UsageError("serve: --node-ttl needs --redis");
    }
    const redis =
      values.redis === undefined
        ? undefined
        : {
            url: values.redis,
            nodeTtlMs: integerOption(
              "serve",
              "node-ttl",
              values["node-ttl"],
              DEFAULT_NODE_TTL_MS,
              100,
            ),
          };
    const options: ChatServerOptions = {
      port,
      host: values.host ?? DEFAULT_HOST,
      token: values.token,
      jwtSecret: values["jwt-secret"],
      rateLimit: rate === 0 ? false : { events: rate, perMs: 1000 },
      userRateLimit: userRate === 0 ? false : { events: userRate, perMs: 1000 },
      maxQueuedBytes: integerOption(
        "serve",
        "max-queued-bytes",
        values["max-queued-bytes"],
        DEFAULT_MAX_QUEUED_BYTES,
        1,
      ),
      maxPayloadBytes: integerOption(
        "serve",
        "max-payload",
        values["max-payload"],
        DEFAULT_MAX_PAYLOAD_BYTES,
        1,
      ),
      logger: outputLogger(output),
      redis,
    };
    return serveUntil(options, output, () =>
      startedByNpm() ? Promise.race([untilStopSignal(), whenParentGone()]) : untilStopSignal(),
    );
  },
};

/** Starts the server, waits for `stopped`, closes it. Split out so tests can stop it without signals. */
export async function serveUntil(
  options: ChatServerOptions,
  output: Output,
  stopped: () => Promise<string>,
): Promise<number> {
  // Listen for the stop signal before anything can announce the URL: whoever reads
  // "listening" may signal at once, and a SIGINT with no handler kills the process.
  const stop = stopped();
  let server;
  try {
    const { createChatServer } = await import("../server/create-chat-server.ts");
    server = await createChatServer(options);
  } catch (error) {
    output.err(`serve: ${(error as Error).message}`);
    return EXIT_USAGE;
  }
  output.out(`chat server listening on ${server.url}`);
  const reason = await stop;
  output.out(`${reason}: closing every connection`);
  await server.close();
  output.out("chat server closed");
  return EXIT_OK;
}

function untilStopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      for (const s of STOP_SIGNALS) process.off(s, stop);
      resolve(signal);
    };
    for (const s of STOP_SIGNALS) process.on(s, stop);
  });
}

function outputLogger(output: Output): Logger {
  return {
    info: (msg) => output.out(msg),
    warn: (msg) => output.err(msg),
    error: (msg, err) =>
      output.err(
        err === undefined
          ? msg
          : `${msg}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      ),
  };
}
