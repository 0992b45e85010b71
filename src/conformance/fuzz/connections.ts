// The run's connections and the model of where each one is. Senders are devices of one
// user, one per lane (rounds run several lanes at once, and a per-connection rate limit
// stretches further). Every connection but the barrier sender is judged: the observer
// (a member of the run's group, in general), the resident (the observer's second device,
// parked in the group's channel so that a move there has someone to tell), the outsider
// (no group, in general), and the senders themselves.
import { nodeName } from "../engine-options.ts";
import type { TraceSink } from "../trace.ts";
import { FuzzClient, type Received } from "./fuzz-client.ts";
import { World } from "./oracle.ts";
import { GENERAL } from "./scenario-fixup.ts";
import { idsIn, isForeign, isForeignPresence, isMembership } from "./steps.ts";

export interface ConnectionsOptions {
  url: string;
  /** Every node of a cluster: connections go round-robin over them (labels name the node). */
  urls?: readonly string[] | undefined;
  auth: (userId: string) => Record<string, unknown>;
  timeoutMs: number;
  senders: number;
  senderId: string;
  observerId: string;
  outsiderId: string;
  /** The user of the connection that sends the barriers. */
  barrierId: string;
  tag: string;
  /** The server's Socket.IO path and the --trace sink, for every connection. */
  path?: string | undefined;
  trace?: TraceSink | undefined;
}

/** The run cannot go on (a connection failed to open, the server closed an observer or stopped answering). */
export class RunError extends Error {
  override name = "RunError";
}

type Role = "sender" | "observer" | "resident" | "outsider" | "barrier" | "device";

export class Connections {
  readonly world = new World([]);
  readonly senders: FuzzClient[] = [];
  /** Where each judged connection's next window starts: just after the last barrier it received. */
  readonly windowStart = new Map<FuzzClient, number>();
  /** The run's users: presence of anyone else is ignored. */
  readonly runUsers: ReadonlySet<string>;
  private readonly others = new Map<Role, FuzzClient>();
  private readonly byLabel = new Map<string, FuzzClient>();
  /** Log positions of replies already tied to a step or a probe, per connection. */
  private readonly accounted = new WeakMap<FuzzClient, Set<number>>();
  private opened = 0;
  barrierCount = 0;

  /** Every user, group and channel id the run's users and steps named (see isForeign). */
  private readonly ownIds: Set<string>;
  /** isForeign's verdict per frame: logs are scanned again and again (ids are named before any frame can name them). */
  private readonly foreign = new WeakMap<Received, boolean>();
  /**
   * Per connection: how far its log was read for other clients' membership changes, how
   * many it holds per "userId kind", and how many of those judging used to excuse a
   * notification (see excuseNotification).
   */
  private readonly membership = new WeakMap<
    FuzzClient,
    { next: number; changes: Map<string, number>; used: Map<string, number> }
  >();
  /** The users the run connects as (only they can be added to someone else's group). */
  private readonly connectedUsers: ReadonlySet<string>;

  private constructor(readonly options: ConnectionsOptions) {
    this.runUsers = new Set([options.senderId, options.observerId, options.outsiderId]);
    this.ownIds = new Set([...this.runUsers, options.barrierId]);
    this.connectedUsers = new Set(this.ownIds);
  }

  static async open(options: ConnectionsOptions): Promise<Connections> {
    const conns = new Connections(options);
    const clients = [
      ...Array.from({ length: options.senders }, () => conns.connect("sender", options.senderId)),
      conns.connect("observer", options.observerId),
      conns.connect("resident", options.observerId),
      conns.connect("outsider", options.outsiderId),
      conns.connect("barrier", options.barrierId),
    ];
    try {
      await Promise.all(clients.map((c) => conns.awaitReady(c)));
    } catch (error) {
      conns.close();
      throw error;
    }
    return conns;
  }

  get observer(): FuzzClient {
    return this.others.get("observer") as FuzzClient;
  }
  get resident(): FuzzClient {
    return this.others.get("resident") as FuzzClient;
  }
  get barrierSender(): FuzzClient {
    return this.others.get("barrier") as FuzzClient;
  }

  /** The judged connections still open, in the model's order (senders first). */
  get judged(): FuzzClient[] {
    return this.world.connections.flatMap((c) => {
      const client = this.byLabel.get(c.label);
      return client !== undefined && !client.ended ? [client] : [];
    });
  }

  client(label: string): FuzzClient | undefined {
    return this.byLabel.get(label);
  }

  isSender(client: FuzzClient): boolean {
    return this.senders.includes(client);
  }

  account(client: FuzzClient, at: number): void {
    let set = this.accounted.get(client);
    if (set === undefined) this.accounted.set(client, (set = new Set()));
    set.add(at);
  }

  isAccounted(client: FuzzClient, at: number): boolean {
    return this.accounted.get(client)?.has(at) ?? false;
  }

  /** What no judgement looks at: others' presence, barriers, replies already tied to a step or probe. */
  isNoise(client: FuzzClient, at: number): boolean {
    const r = client.log[at] as Received;
    if (isForeignPresence(r, this.runUsers) || this.isAccounted(client, at)) return true;
    if (this.foreignFrame(r)) return true;
    const payload = r.args[0] as Record<string, unknown> | undefined;
    const key = payload?.["groupId"] ?? payload?.["message"];
    return typeof key === "string" && client.barriers.get(key) === at;
  }

  /** Whether the frame is another client's traffic (isForeign), or may be a notification of such. */
  isForeignAt(client: FuzzClient, at: number): boolean {
    return (
      this.foreignFrame(client.log[at] as Received) || this.mayBeOthersNotification(client, at)
    );
  }

  private foreignFrame(r: Received): boolean {
    let foreign = this.foreign.get(r);
    if (foreign === undefined)
      this.foreign.set(r, (foreign = isForeign(r, this.ownIds, this.connectedUsers)));
    return foreign;
  }

  // Another client's change of a run user's membership (a welcome bot adding whoever
  // connects to its lobby) comes with a notification to that user, which names only the
  // user and the kind: nothing tells it from the run's own. So notifications are not
  // paired as they arrive (the protocol orders neither frame, and one that came before a
  // window was never looked at): judging matches the round's predictions first, and each
  // notification left over uses up one of the connection's foreign changes of the same
  // user and kind, from anywhere in its log. A notification nothing explains is judged.

  /** `client`'s foreign changes and the ones used so far, per "userId kind", its log read to the end. */
  private changesAt(client: FuzzClient): {
    changes: Map<string, number>;
    used: Map<string, number>;
  } {
    let state = this.membership.get(client);
    if (state === undefined)
      this.membership.set(client, (state = { next: 0, changes: new Map(), used: new Map() }));
    for (; state.next < client.log.length; state.next++) {
      const m = client.log[state.next] as Received;
      if (!isMembership(m.event) || !this.foreignFrame(m)) continue;
      const userId = (m.args[0] as Record<string, unknown>)["userId"];
      const change = `${String(userId)} ${m.event}`;
      state.changes.set(change, (state.changes.get(change) ?? 0) + 1);
    }
    return state;
  }

  /** Foreign changes of `key` on `client` that no judged notification used yet. */
  spareChanges(client: FuzzClient, key: string): number {
    const { changes, used } = this.changesAt(client);
    return (changes.get(key) ?? 0) - (used.get(key) ?? 0);
  }

  /** Whether another client's membership change ever reached `client` (a bot at work). */
  sawForeignChanges(client: FuzzClient): boolean {
    return this.changesAt(client).changes.size > 0;
  }

  /** Before judging (waits, a step's scan): whether the notification at `at` may be another client's. */
  mayBeOthersNotification(client: FuzzClient, at: number): boolean {
    const key = notificationKey(client.log[at] as Received);
    return key !== undefined && this.spareChanges(client, key) > 0;
  }

  /** Judging: uses up a spare foreign change to excuse the notification at `at`; false when none is left. */
  excuseNotification(client: FuzzClient, at: number): boolean {
    const key = notificationKey(client.log[at] as Received);
    if (key === undefined || this.spareChanges(client, key) <= 0) return false;
    this.useChanges(client, key, 1);
    return true;
  }

  /** Uses up `count` spare foreign changes of `key`. */
  useChanges(client: FuzzClient, key: string, count: number): void {
    const { used } = this.changesAt(client);
    used.set(key, (used.get(key) ?? 0) + count);
  }

  private connect(role: Role, userId: string): FuzzClient {
    const urls = this.options.urls ?? [this.options.url];
    const node = this.opened % urls.length;
    const at = urls.length > 1 ? `@${nodeName(node)}` : "";
    const label = `fuzz-${role}#${++this.opened}${at}`;
    const client = new FuzzClient({
      url: urls[node] as string,
      label,
      userId,
      auth: this.options.auth(userId),
      timeoutMs: this.options.timeoutMs,
      path: this.options.path,
      trace: this.options.trace,
      onEmit: (args) => {
        // "general" is everyone's channel: another user's move there is not the run's.
        for (const id of idsIn(args[0])) if (id !== GENERAL) this.ownIds.add(id);
      },
    });
    this.byLabel.set(label, client);
    if (role === "device") return client; // neither judged nor in the model
    if (role === "sender") this.senders.push(client);
    else this.others.set(role, client);
    // The barrier sender is not judged, so the model leaves it out.
    if (role !== "barrier") this.world.connections.push({ label, userId, channel: GENERAL });
    return client;
  }

  private async awaitReady(client: FuzzClient): Promise<void> {
    if (!(await client.ready(this.options.timeoutMs))) {
      const why =
        client.connectError ??
        client.closedReason ??
        `no session snapshot within ${this.options.timeoutMs} ms`;
      throw new RunError(`${client.label} (${client.userId}) could not connect: ${why}`);
    }
    this.windowStart.set(client, client.log.length);
  }

  /** Replaces a sender the server closed by a new device of the same user, in the same lane. */
  async replaceSender(old: FuzzClient): Promise<FuzzClient> {
    old.close();
    const at = this.world.connections.findIndex((c) => c.label === old.label);
    if (at >= 0) this.world.connections.splice(at, 1);
    this.windowStart.delete(old);
    const lane = this.senders.indexOf(old);
    const fresh = this.connect("sender", this.options.senderId);
    this.senders.pop();
    this.senders.splice(lane, 1, fresh);
    await this.awaitReady(fresh);
    return fresh;
  }

  /** New devices of the sending user for one-off sends; the caller closes them. */
  async openDevices(count: number): Promise<FuzzClient[]> {
    const devices = Array.from({ length: count }, () =>
      this.connect("device", this.options.senderId),
    );
    try {
      await Promise.all(devices.map((d) => this.awaitReady(d)));
    } catch (error) {
      for (const device of devices) device.close();
      throw error;
    }
    return devices;
  }

  /** Fails the run when the server closed a connection that is not a sender: nothing after it could be judged. */
  assertObserversOpen(): void {
    for (const client of this.others.values()) {
      if (client.ended)
        throw new RunError(
          `the server closed ${client.label} (${client.closedReason ?? "closed"})`,
        );
    }
  }

  close(): void {
    for (const client of this.byLabel.values()) client.close();
  }
}

/** The membership kind a notification tells of (its notificationType), or undefined. */
export function notificationKind(r: Received): unknown {
  if (r.event !== "NOTIFICATION_RECEIVED") return undefined;
  return (r.args[0] as { notificationType?: unknown } | null | undefined)?.notificationType;
}

/** "userId kind" of a notification, the key it shares with the membership change it tells of. */
export function notificationKey(r: Received): string | undefined {
  const kind = notificationKind(r);
  const userId = (r.args[0] as { userId?: unknown } | null | undefined)?.userId;
  return typeof userId === "string" && typeof kind === "string" ? `${userId} ${kind}` : undefined;
}
