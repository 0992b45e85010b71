// The run's connections: senders (several devices of one user, used in turn so that a
// per-connection rate limit stretches further), an observer who shares the sender's group,
// and an outsider. Every connection except the active sender is an observer, and the
// model (World) knows where each one is.
import { FuzzClient, BARRIER_PREFIX, type Received } from "./fuzz-client.ts";
import { World } from "./oracle.ts";
import { GENERAL } from "./scenario-fixup.ts";
import { isForeignPresence, RUNNER_TIMESTAMP, runSteps, step, type Step } from "./steps.ts";

export interface LaneOptions {
  url: string;
  auth: (userId: string) => Record<string, unknown>;
  timeoutMs: number;
  senders: number;
  senderId: string;
  observerId: string;
  outsiderId: string;
  tag: string;
}

/** The run cannot go on (a connection failed to open or the server closed an observer). */
export class LaneError extends Error {
  override name = "LaneError";
}

export class Lane {
  readonly world = new World([]);
  readonly senders: FuzzClient[] = [];
  readonly observers: FuzzClient[] = [];
  readonly runUsers: ReadonlySet<string>;
  private readonly windowStart = new Map<FuzzClient, number>();
  private opened = 0;
  private turn = 0;
  private barrierCount = 0;

  private constructor(readonly options: LaneOptions) {
    this.runUsers = new Set([options.senderId, options.observerId, options.outsiderId]);
  }

  static async open(options: LaneOptions): Promise<Lane> {
    const lane = new Lane(options);
    const clients = [
      ...Array.from({ length: options.senders }, () => lane.connect("sender", options.senderId)),
      lane.connect("observer", options.observerId),
      lane.connect("outsider", options.outsiderId),
    ];
    await Promise.all(clients.map((c) => lane.awaitReady(c)));
    return lane;
  }

  get clients(): FuzzClient[] {
    return [...this.senders, ...this.observers];
  }

  private connect(role: "sender" | "observer" | "outsider", userId: string): FuzzClient {
    const label = `fuzz-${role}#${++this.opened}`;
    const client = new FuzzClient({
      url: this.options.url,
      label,
      userId,
      auth: this.options.auth(userId),
      timeoutMs: this.options.timeoutMs,
    });
    (role === "sender" ? this.senders : this.observers).push(client);
    this.world.connections.push({ label, userId, channel: GENERAL });
    return client;
  }

  private async awaitReady(client: FuzzClient): Promise<void> {
    if (!(await client.ready(this.options.timeoutMs))) {
      const why =
        client.connectError ??
        client.closedReason ??
        `no session snapshot within ${this.options.timeoutMs} ms`;
      throw new LaneError(`${client.label} (${client.userId}) could not connect: ${why}`);
    }
    this.windowStart.set(client, client.log.length);
  }

  /** The next sender in turn: consecutive batches spread over the senders' rate budgets. */
  nextSender(): FuzzClient {
    const sender = this.senders[this.turn++ % this.senders.length];
    if (sender === undefined) throw new LaneError("no sender left");
    return sender;
  }

  /** Replaces a sender the server closed (or that fell silent) by a new device of the same user. */
  async replaceSender(old: FuzzClient): Promise<FuzzClient> {
    old.close();
    this.senders.splice(this.senders.indexOf(old), 1);
    const at = this.world.connections.findIndex((c) => c.label === old.label);
    if (at >= 0) this.world.connections.splice(at, 1);
    this.windowStart.delete(old);
    const fresh = this.connect("sender", this.options.senderId);
    await this.awaitReady(fresh);
    return fresh;
  }

  /** Fails the run when the server closed an observer: nothing after it could be judged. */
  assertObserversOpen(): void {
    for (const client of this.clients) {
      if (client.closedReason !== undefined && this.observers.includes(client)) {
        throw new LaneError(`the server closed ${client.label} (${client.closedReason})`);
      }
    }
  }

  /** Steps that bring the sender back to general (if the model says it left) and then a barrier. */
  closingSteps(sender: FuzzClient): Step[] {
    const userId = this.options.senderId;
    const timestamp = RUNNER_TIMESTAMP;
    const steps: Step[] = [];
    if (this.world.connection(sender.label).channel !== GENERAL) {
      steps.push(
        step("teardown", {
          event: "USER_CHANGED_GROUP",
          args: [{ userId, newChannelId: GENERAL, timestamp }],
        }),
      );
    }
    const message = `${BARRIER_PREFIX}${this.options.tag} ${++this.barrierCount}`;
    steps.push(step("barrier", { event: "MESSAGE_SENT", args: [{ userId, message, timestamp }] }));
    return steps;
  }

  run(sender: FuzzClient, steps: Step[]): Promise<void> {
    return runSteps(sender, steps, this.options.timeoutMs, this.runUsers);
  }

  /**
   * After an accepted barrier: waits until every other connection has it (the ordering
   * proof) and returns what each received since its last barrier. A connection that never
   * gets it is reported in `late`.
   */
  async collectWindows(
    sender: FuzzClient,
    barrier: Step,
  ): Promise<{ windows: Map<FuzzClient, Received[]>; late: FuzzClient[] }> {
    const text = (barrier.args[0] as { message: string }).message;
    const others = this.clients.filter((c) => c !== sender);
    const arrived = await Promise.all(
      others.map((c) => c.until(() => c.barriers.has(text), this.options.timeoutMs)),
    );
    const windows = new Map<FuzzClient, Received[]>();
    const late: FuzzClient[] = [];
    others.forEach((client, i) => {
      const start = this.windowStart.get(client) ?? client.log.length;
      const end = arrived[i] ? (client.barriers.get(text) as number) : client.log.length;
      if (!arrived[i]) late.push(client);
      windows.set(
        client,
        client.log.slice(start, end).filter((r) => !isForeignPresence(r, this.runUsers)),
      );
      this.windowStart.set(client, arrived[i] ? end + 1 : end);
    });
    this.windowStart.set(sender, sender.log.length);
    return { windows, late };
  }

  close(): void {
    for (const client of this.clients) client.close();
  }
}
