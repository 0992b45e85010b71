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
  /** Notifications paired with another client's membership change. */
  private readonly pairs = new WeakSet<Received>();
  /** Per connection: how far its log was searched for foreign membership changes, and those not yet paired. */
  private readonly membership = new WeakMap<FuzzClient, { next: number; unpaired: Received[] }>();
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
    if (this.isForeignAt(client, at)) return true;
    const payload = r.args[0] as Record<string, unknown> | undefined;
    const key = payload?.["groupId"] ?? payload?.["message"];
    return typeof key === "string" && client.barriers.get(key) === at;
  }

  /** Whether the frame is another client's traffic (isForeign), or a notification paired with such. */
  isForeignAt(client: FuzzClient, at: number): boolean {
    const r = client.log[at] as Received;
    return this.foreignFrame(r) || this.notifiesForeignChange(client, at);
  }

  private foreignFrame(r: Received): boolean {
    let foreign = this.foreign.get(r);
    if (foreign === undefined)
      this.foreign.set(r, (foreign = isForeign(r, this.ownIds, this.connectedUsers)));
    return foreign;
  }

  /**
   * A NOTIFICATION_RECEIVED that goes with another user's membership change on the same
   * connection (a foreign GROUP_MEMBER_ADDED naming the same user and kind, not yet paired
   * with another notification). Such a notification names only the run's user; without
   * its pair it is judged. Not remembered when unpaired: the pair may arrive after it.
   */
  private notifiesForeignChange(client: FuzzClient, at: number): boolean {
    const r = client.log[at] as Received;
    if (r.event !== "NOTIFICATION_RECEIVED") return false;
    if (this.pairs.has(r)) return true;
    const payload = r.args[0] as Record<string, unknown> | undefined;
    // The whole log (a barrier may have come between the two), each frame looked at once.
    let index = this.membership.get(client);
    if (index === undefined) this.membership.set(client, (index = { next: 0, unpaired: [] }));
    for (; index.next < client.log.length; index.next++) {
      const m = client.log[index.next] as Received;
      if (isMembership(m.event) && this.foreignFrame(m)) index.unpaired.push(m);
    }
    const i = index.unpaired.findIndex(
      (m) =>
        m.event === payload?.["notificationType"] &&
        (m.args[0] as Record<string, unknown>)["userId"] === payload["userId"],
    );
    if (i < 0) return false;
    this.pairs.add(r);
    index.unpaired.splice(i, 1);
    return true;
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
