import { describe, expect, it } from "vitest";
import { barrier, receivedSince, stamp } from "../support/barrier.ts";
import { useRig } from "../support/test-rig.ts";

/** One malformed event per index, cycling through every kind of bad input, with the code it must get. */
function malformed(i: number): { args: unknown[]; errorCode: string } {
  const t = stamp();
  const cases: Array<() => { args: unknown[]; errorCode: string }> = [
    () => ({
      args: ["MESSAGE_SENT", { userId: i, message: "x", timestamp: t }],
      errorCode: "INVALID_PAYLOAD",
    }),
    () => ({
      args: ["FILE_UPLOADED", { userId: "alice", fileName: "a", fileSize: "big", timestamp: t }],
      errorCode: "INVALID_PAYLOAD",
    }),
    () => ({ args: ["MESSAGE_SENT", `not an object ${i}`], errorCode: "INVALID_PAYLOAD" }),
    () => ({ args: ["GROUP_CREATED", i], errorCode: "INVALID_PAYLOAD" }),
    () => ({ args: ["USER_STATUS_CHANGED", null], errorCode: "INVALID_PAYLOAD" }),
    () => ({ args: ["USER_CHANGED_GROUP", [i]], errorCode: "INVALID_PAYLOAD" }),
    () => ({ args: ["GROUP_MEMBER_ADDED", true], errorCode: "INVALID_PAYLOAD" }),
    () => ({ args: ["MESSAGE_SENT"], errorCode: "INVALID_PAYLOAD" }),
    () => ({ args: ["MESSAGE_SENT", {}, {}, {}], errorCode: "INVALID_PAYLOAD" }),
    () => ({ args: [`UNKNOWN_${i}`, {}], errorCode: "UNKNOWN_EVENT" }),
    () => ({
      args: ["USER_CONNECTED", { userId: "alice", timestamp: t }],
      errorCode: "UNKNOWN_EVENT",
    }),
    () => ({
      args: ["MESSAGE_SENT", { userId: "alice", message: "x".repeat(5000), timestamp: t }],
      errorCode: "INVALID_PAYLOAD",
    }),
    () => ({
      args: ["GROUP_CREATED", { groupId: "g".repeat(65), creatorId: "alice", timestamp: t }],
      errorCode: "INVALID_PAYLOAD",
    }),
    () => ({
      args: [
        "USER_SETTINGS_UPDATED",
        { userId: "alice", settingName: "s", newValue: nested(50), timestamp: t, extra: 1 },
      ],
      errorCode: "INVALID_PAYLOAD",
    }),
    () => ({ args: ["FILE_UPLOADED", Buffer.from([1, 2, 3])], errorCode: "INVALID_PAYLOAD" }),
    () => ({
      args: ["MESSAGE_SENT", { userId: "bob", message: "impersonation", timestamp: t }],
      errorCode: "FORBIDDEN",
    }),
    () => ({
      args: ["GROUP_MEMBER_REMOVED", { groupId: `nope-${i}`, userId: "bob", timestamp: t }],
      errorCode: "NOT_FOUND",
    }),
  ];
  return cases[i % cases.length]!();
}

function nested(depth: number): unknown {
  return depth === 0 ? "leaf" : { down: nested(depth - 1) };
}

const COUNT = 10_000;

describe("robustness", () => {
  const rig = useRig();

  it(`answers ${COUNT.toLocaleString("en")} malformed events from one client, forwards none, and then serves a fresh connection normally`, async () => {
    const server = await rig.server({ rateLimit: false });
    const [alice, bob] = await rig.connectAll(server, "alice", "bob");
    const rooms = server.io.of("/").adapter.rooms.size;
    const marks = [alice!.mark(), bob!.mark()];
    const expected = new Map<string, number>();
    for (let i = 0; i < COUNT; i++) {
      const { args, errorCode } = malformed(i);
      expected.set(errorCode, (expected.get(errorCode) ?? 0) + 1);
      alice!.emitRaw(...(args as [unknown, ...unknown[]]));
    }
    await alice!.waitForCount("ERROR_OCCURED", COUNT, { since: marks[0], timeoutMs: 30_000 });
    const got = new Map<string, number>();
    for (const error of alice!.payloadsOf("ERROR_OCCURED", marks[0]))
      got.set(error.errorCode, (got.get(error.errorCode) ?? 0) + 1);
    expect(got).toEqual(expected);
    expect(alice!.eventsSince(marks[0]!).every((e) => e === "ERROR_OCCURED")).toBe(true);

    await barrier(alice!, [bob!]);
    expect(receivedSince(bob!, marks[1]!)).toEqual([]);
    // Rejected traffic left nothing behind: no new rooms (groups would be channels), no new sockets.
    expect(server.io.of("/").adapter.rooms.size).toBe(rooms);
    expect(server.io.of("/").sockets.size).toBe(2);

    const carol = await rig.connect(server, "carol");
    expect(carol.payloadsOf("DATA_RECEIVED")[0]?.data).toMatchObject({
      onlineUsers: ["alice", "bob", "carol"],
    });
    carol.send("MESSAGE_SENT", {
      userId: "carol",
      message: "hello after the storm",
      timestamp: stamp(),
    });
    expect(await bob!.waitFor("MESSAGE_RECEIVED")).toMatchObject({ userId: "carol" });
  }, 60_000);

  it(`answers ${COUNT.toLocaleString("en")} malformed events under the default rate limit and keeps the connection`, async () => {
    const server = await rig.server();
    const [alice, bob] = await rig.connectAll(server, "alice", "bob");
    for (let i = 0; i < COUNT; i++)
      alice!.emitRaw(...(malformed(i).args as [unknown, ...unknown[]]));
    await alice!.waitForCount("ERROR_OCCURED", COUNT, { timeoutMs: 30_000 });
    const codes = new Set(alice!.payloadsOf("ERROR_OCCURED").map((e) => e.errorCode));
    expect(codes).toContain("RATE_LIMITED");
    expect(alice!.socket.connected).toBe(true);
    const carol = await rig.connect(server, "carol");
    carol.send("MESSAGE_SENT", { userId: "carol", message: "still serving", timestamp: stamp() });
    expect(await bob!.waitFor("MESSAGE_RECEIVED")).toMatchObject({ message: "still serving" });
  }, 60_000);

  it("closes only the connection that sends a message over maxPayloadBytes", async () => {
    const server = await rig.server({ maxPayloadBytes: 10_000 });
    const [alice, bob] = await rig.connectAll(server, "alice", "bob");
    alice!.emitRaw("MESSAGE_SENT", {
      userId: "alice",
      message: "x".repeat(20_000),
      timestamp: stamp(),
    });
    expect(await alice!.waitForDisconnect()).toBe("transport close");
    expect(await bob!.waitFor("USER_DISCONNECTED")).toMatchObject({ userId: "alice" });
    const carol = await rig.connect(server, "carol");
    carol.send("MESSAGE_SENT", { userId: "carol", message: "fine", timestamp: stamp() });
    expect(await bob!.waitFor("MESSAGE_RECEIVED")).toMatchObject({ message: "fine" });
  });

  it("accepts a message of the largest size the contract allows under the default limit", async () => {
    const server = await rig.server();
    const [alice, bob] = await rig.connectAll(server, "alice", "bob");
    // 4000 characters of four UTF-8 bytes each: the largest MESSAGE_SENT by bytes.
    const message = "😀".repeat(4000);
    alice!.send("MESSAGE_SENT", { userId: "alice", message, timestamp: stamp() });
    expect((await bob!.waitFor("MESSAGE_RECEIVED")).message).toBe(message);
  });
});
