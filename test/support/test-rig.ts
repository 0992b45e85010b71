// Per-test servers and clients, torn down after each test, and the rule that makes every
// test a contract test: the test fails if any client received a non-conformant event, if
// the server reported a non-conformant emit (onOutgoingViolation), or logged an error the
// test did not expect.
import { afterEach, expect } from "vitest";
import { formatViolation } from "../../src/contract/index.ts";
import {
  createChatServer,
  type ChatServer,
  type ChatServerOptions,
  type Logger,
} from "../../src/server/index.ts";
import { RecordingClient } from "./recording-client.ts";

export class TestRig {
  readonly outgoingViolations: string[] = [];
  readonly logs: string[] = [];
  /** Set by a test that provokes server errors on purpose (INTERNAL). */
  allowErrorLogs = false;
  private servers: ChatServer[] = [];
  private clients: RecordingClient[] = [];
  private cleanups: Array<() => unknown> = [];

  readonly logger: Logger = {
    info: (msg) => this.logs.push(`info: ${msg}`),
    warn: (msg) => this.logs.push(`warn: ${msg}`),
    error: (msg, err) =>
      this.logs.push(`error: ${msg}${err === undefined ? "" : `: ${String(err)}`}`),
  };

  /** A server on a free port; its own emits are validated (onOutgoingViolation). */
  async server(options: ChatServerOptions = {}): Promise<ChatServer> {
    const server = await createChatServer({
      port: 0,
      logger: this.logger,
      onOutgoingViolation: (violations) =>
        this.outgoingViolations.push(...violations.map(formatViolation)),
      ...options,
    });
    this.servers.push(server);
    return server;
  }

  /** Runs `cleanup` at reset, after the clients closed (for servers a test builds itself). */
  defer(cleanup: () => unknown): void {
    this.cleanups.push(cleanup);
  }

  /** A client that starts connecting now (to a ChatServer or any URL); await ready() or refused(). */
  open(server: ChatServer | string, auth: Record<string, unknown>, name?: string): RecordingClient {
    const client = RecordingClient.open(
      typeof server === "string" ? server : server.url,
      auth,
      name,
    );
    this.clients.push(client);
    return client;
  }

  /** A connected client of `userId` that has its session snapshot. */
  connect(server: ChatServer, userId: string, name?: string): Promise<RecordingClient> {
    return this.open(server, { userId }, name).ready();
  }

  /**
   * Connects one client per (distinct) user, one after the other, and waits until every
   * earlier client has seen each later one's USER_CONNECTED: presence is settled after it.
   */
  async connectAll(server: ChatServer, ...userIds: string[]): Promise<RecordingClient[]> {
    const clients: RecordingClient[] = [];
    for (const userId of userIds) {
      const client = await this.connect(server, userId);
      await Promise.all(
        clients.map((earlier) =>
          earlier.waitFor("USER_CONNECTED", { match: (p) => p.userId === userId }),
        ),
      );
      clients.push(client);
    }
    return clients;
  }

  /** Closes everything, then fails the test on any contract violation or unexpected error log. */
  async reset(): Promise<void> {
    const clients = this.clients.splice(0);
    const servers = this.servers.splice(0);
    await Promise.all(clients.map((c) => c.close()));
    await Promise.all(servers.map((s) => s.close()));
    for (const cleanup of this.cleanups.splice(0)) await cleanup();
    const problems = [
      ...this.outgoingViolations.splice(0).map((v) => `server emitted ${v}`),
      ...clients.flatMap((c) => c.problems),
    ];
    const errors = this.logs.splice(0).filter((line) => line.startsWith("error:"));
    const allowErrors = this.allowErrorLogs;
    this.allowErrorLogs = false;
    expect(problems, "contract violations").toEqual([]);
    if (!allowErrors) expect(errors, "server error logs").toEqual([]);
  }
}

/** One rig per test file, reset (and checked) after each test. */
export function useRig(): TestRig {
  const rig = new TestRig();
  afterEach(() => rig.reset());
  return rig;
}
