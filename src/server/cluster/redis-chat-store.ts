// ChatStore on Redis: the state every node of a cluster shares. Each operation is one Lua
// script (redis-scripts.ts), so a check and its change are atomic across nodes.
import type { RedisClientType } from "redis";
import type { ChatStore, MembershipChange, MembershipProblem } from "../chat-store.ts";
import * as scripts from "./redis-scripts.ts";

// The client's module/script generics do not matter here: only core commands are used.
export type AnyRedisClient = RedisClientType<any, any, any, any, any>;

const PROBLEMS = new Set<string>(["NO_GROUP", "SENDER_NOT_MEMBER", "ALREADY_MEMBER", "NOT_MEMBER"]);

export class RedisChatStore implements ChatStore {
  private readonly client: AnyRedisClient;
  private readonly prefix: string;
  readonly nodeId: string;

  constructor(client: AnyRedisClient, nodeId: string, prefix: string) {
    this.client = client;
    this.nodeId = nodeId;
    this.prefix = prefix;
  }

  key(...parts: string[]): string {
    return this.prefix + parts.join(":");
  }

  private nodeUsers(nodeId = this.nodeId): string {
    return this.key("node", nodeId, "users");
  }

  async connect(userId: string): Promise<boolean> {
    const keys = [this.nodeUsers(), this.key("online")];
    return (await this.client.eval(scripts.CONNECT, { keys, arguments: [userId] })) === 1;
  }

  async disconnect(userId: string): Promise<boolean> {
    const keys = [this.nodeUsers(), this.key("online")];
    return (await this.client.eval(scripts.DISCONNECT, { keys, arguments: [userId] })) === 1;
  }

  async onlineUsers(): Promise<string[]> {
    return (await this.client.hKeys(this.key("online"))).map(String);
  }

  async groupsOf(userId: string): Promise<string[]> {
    return [...(await this.client.sMembers(this.key("user", userId, "groups")))].map(String);
  }

  async createGroup(groupId: string, creatorId: string): Promise<boolean> {
    const keys = [
      this.key("groups"),
      this.key("group", groupId),
      this.key("user", creatorId, "groups"),
    ];
    const created = await this.client.eval(scripts.CREATE_GROUP, {
      keys,
      arguments: [groupId, creatorId],
    });
    return created === 1;
  }

  async membershipProblem(groupId: string, userId: string): Promise<MembershipProblem | undefined> {
    const keys = [this.key("groups"), this.key("group", groupId)];
    const reply = await this.client.eval(scripts.MEMBERSHIP, {
      keys,
      arguments: [groupId, userId],
    });
    const change = toChange(reply);
    return change.ok ? undefined : change.problem;
  }

  addMember(groupId: string, by: string, userId: string): Promise<MembershipChange> {
    return this.changeMembers(scripts.ADD_MEMBER, groupId, by, userId);
  }

  removeMember(groupId: string, by: string, userId: string): Promise<MembershipChange> {
    return this.changeMembers(scripts.REMOVE_MEMBER, groupId, by, userId);
  }

  private async changeMembers(
    script: string,
    groupId: string,
    by: string,
    userId: string,
  ): Promise<MembershipChange> {
    const keys = [
      this.key("groups"),
      this.key("group", groupId),
      this.key("user", userId, "groups"),
    ];
    return toChange(await this.client.eval(script, { keys, arguments: [groupId, by, userId] }));
  }

  /** Marks this node alive for `ttlMs` (and known, so a sweep can undo it once it dies). */
  async heartbeat(ttlMs: number): Promise<void> {
    await this.client
      .multi()
      .set(this.key("node", this.nodeId, "alive"), "1", { PX: ttlMs })
      .sAdd(this.key("nodes"), this.nodeId)
      .exec();
  }

  /** Counts out the connections of every node whose heartbeat expired; the users now offline. */
  async sweepDeadNodes(): Promise<string[]> {
    const gone = await this.client.eval(scripts.SWEEP_DEAD_NODES, {
      keys: [this.key("nodes"), this.key("online")],
      arguments: [this.prefix, this.nodeId],
    });
    return Array.isArray(gone) ? gone.map(String) : [];
  }

  /** Makes Redis count at least `counts` (userId -> connections) for this node; see RESTORE_NODE. */
  async restoreNode(counts: ReadonlyMap<string, number>): Promise<void> {
    if (counts.size === 0) return;
    const args = [...counts].flatMap(([userId, count]) => [userId, String(count)]);
    await this.client.eval(scripts.RESTORE_NODE, {
      keys: [this.nodeUsers(), this.key("online")],
      arguments: args,
    });
  }

  /** A node that stops on purpose: its connections are already counted out; forget the node. */
  async leave(): Promise<void> {
    await this.client
      .multi()
      .del([this.key("node", this.nodeId, "alive"), this.nodeUsers()])
      .sRem(this.key("nodes"), this.nodeId)
      .exec();
  }
}

function toChange(reply: unknown): MembershipChange {
  if (!Array.isArray(reply) || typeof reply[0] !== "string") {
    throw new Error(`unexpected reply from a Redis script: ${JSON.stringify(reply)}`);
  }
  const [status, members] = reply as [string, unknown];
  if (status === "OK")
    return { ok: true, members: Array.isArray(members) ? members.map(String) : [] };
  if (PROBLEMS.has(status)) return { ok: false, problem: status as MembershipProblem };
  throw new Error(`unexpected reply from a Redis script: ${JSON.stringify(reply)}`);
}
