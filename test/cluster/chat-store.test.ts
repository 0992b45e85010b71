// ChatStore's contract, run against both implementations: the in-memory one and the Redis
// one (its Lua scripts), so the cluster handlers see the same answers from either. Plus
// what only Redis has: two nodes' presence, and the sweep of a node whose heartbeat expired.
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryChatStore, type ChatStore } from "../../src/server/chat-store.ts";
import { RedisChatStore, type AnyRedisClient } from "../../src/server/cluster/redis-chat-store.ts";
import { startRedis, type RedisProcess } from "./redis-process.ts";

let redis: RedisProcess;
let client: AnyRedisClient;
let prefixes = 0;

beforeAll(async () => {
  redis = await startRedis();
  client = createClient({ url: redis.url });
  await client.connect();
});

afterAll(async () => {
  await client?.close();
  await redis?.stop();
});

/** A fresh Redis store per test: its own key prefix. */
const redisStore = (node = "n1", prefix = `t${++prefixes}:`) =>
  new RedisChatStore(client, node, prefix);

describe.each([
  ["in memory", () => memoryChatStore()],
  ["on Redis", () => redisStore()],
] as const)("ChatStore %s", (_name, make: () => ChatStore) => {
  it("counts a user's connections: first and last only", async () => {
    const store = make();
    expect(await store.connect("u")).toBe(true);
    expect(await store.connect("u")).toBe(false);
    expect(await store.onlineUsers()).toEqual(["u"]);
    expect(await store.disconnect("u")).toBe(false);
    expect(await store.disconnect("u")).toBe(true);
    expect(await store.onlineUsers()).toEqual([]);
  });

  it("creates a group once, with its creator as member", async () => {
    const store = make();
    expect(await store.createGroup("g", "alice")).toBe(true);
    expect(await store.createGroup("g", "bob")).toBe(false);
    expect(await store.groupsOf("alice")).toEqual(["g"]);
    expect(await store.groupsOf("bob")).toEqual([]);
    expect(await store.membershipProblem("g", "alice")).toBeUndefined();
    expect(await store.membershipProblem("g", "bob")).toBe("SENDER_NOT_MEMBER");
    expect(await store.membershipProblem("nope", "alice")).toBe("NO_GROUP");
  });

  it("adds and removes members with the contract's refusals, in its order", async () => {
    const store = make();
    await store.createGroup("g", "alice");
    expect(await store.addMember("nope", "alice", "bob")).toEqual({
      ok: false,
      problem: "NO_GROUP",
    });
    expect(await store.addMember("g", "eve", "bob")).toEqual({
      ok: false,
      problem: "SENDER_NOT_MEMBER",
    });
    const added = await store.addMember("g", "alice", "bob");
    expect(added.ok && [...added.members].sort()).toEqual(["alice", "bob"]);
    expect(await store.addMember("g", "alice", "bob")).toEqual({
      ok: false,
      problem: "ALREADY_MEMBER",
    });
    expect(await store.groupsOf("bob")).toEqual(["g"]);
    expect(await store.removeMember("g", "alice", "carol")).toEqual({
      ok: false,
      problem: "NOT_MEMBER",
    });
    expect(await store.removeMember("g", "alice", "bob")).toEqual({ ok: true, members: ["alice"] });
    expect(await store.groupsOf("bob")).toEqual([]);
  });
});

describe("RedisChatStore across nodes", () => {
  it("counts a user over nodes, and a sweep counts out a node whose heartbeat expired", async () => {
    const prefix = `t${++prefixes}:`;
    const one = redisStore("one", prefix);
    const two = redisStore("two", prefix);
    await one.heartbeat(60_000);
    await two.heartbeat(60_000);
    expect(await one.connect("both")).toBe(true);
    expect(await two.connect("both")).toBe(false);
    expect(await two.connect("only-two")).toBe(true);
    expect(await one.sweepDeadNodes()).toEqual([]);
    // Node two dies: its heartbeat key goes (as its TTL would make it go).
    await client.del(`${prefix}node:two:alive`);
    expect(await one.sweepDeadNodes()).toEqual(["only-two"]);
    expect(await one.sweepDeadNodes()).toEqual([]);
    expect((await one.onlineUsers()).sort()).toEqual(["both"]);
    // A connection of the swept node that closes later changes nothing.
    expect(await two.disconnect("only-two")).toBe(false);
    expect(await one.disconnect("both")).toBe(true);
  });

  it("restores a node's presence after Redis lost it, and never counts twice", async () => {
    const store = redisStore();
    await store.connect("u");
    await store.restoreNode(new Map([["u", 1]]));
    expect(await store.disconnect("u")).toBe(true);
    await store.restoreNode(new Map([["u", 2]]));
    expect(await store.onlineUsers()).toEqual(["u"]);
    expect(await store.disconnect("u")).toBe(false);
    expect(await store.disconnect("u")).toBe(true);
  });
});
