import { describe, expect, it } from "vitest";
import { EVENTS } from "../../src/contract/index.ts";
import { deeperThan, findBinary } from "../../src/server/index.ts";
import { barrier, receivedSince, stamp } from "../support/barrier.ts";
import { eventually, openRawClient } from "../support/raw-client.ts";
import type { RecordingClient } from "../support/recording-client.ts";
import { useRig } from "../support/test-rig.ts";

const LIMIT = EVENTS.USER_SETTINGS_UPDATED.maxDepth["/newValue"];

/** An array nested `depth` levels deep: depth 1 is ["leaf"]. */
function nestedArrays(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function settings(newValue: unknown) {
  return { userId: "alice", settingName: "deep", newValue, timestamp: stamp() };
}

describe("payload limits", () => {
  const rig = useRig();

  it("takes the depth limit from asyncapi.yaml's x-max-depth", () => {
    expect(LIMIT).toBe(32);
    expect(EVENTS.DATA_RECEIVED.maxDepth).toEqual({ "/data": 32 });
  });

  it("measures depth as JSON nesting: scalars 0, each object or array one more", () => {
    expect(deeperThan("text", 0)).toBe(false);
    expect(deeperThan({}, 0)).toBe(true);
    expect(deeperThan({ a: [1] }, 2)).toBe(false);
    expect(deeperThan({ a: [1] }, 1)).toBe(true);
    expect(deeperThan(nestedArrays(100_000), 32)).toBe(true); // iterative: no stack overflow
    expect(findBinary({ a: [1, { b: Buffer.from("x") }] })).toBe("/a/1/b");
    expect(findBinary({ "a/b": new Uint8Array(1) })).toBe("/a~1b");
    expect(findBinary({ a: [1, "two"] })).toBeUndefined();
  });

  it(`forwards a newValue nested exactly ${32} deep intact to the user's other devices`, async () => {
    const server = await rig.server();
    const alice = await rig.connect(server, "alice");
    const phone = await rig.connect(server, "alice", "alice#phone");
    const value = { deep: nestedArrays(LIMIT - 1) };
    alice.send("USER_SETTINGS_UPDATED", settings(value));
    expect((await phone.waitFor("USER_SETTINGS_UPDATED")).newValue).toEqual(value);
  });

  it("refuses a newValue one level deeper than x-max-depth with INVALID_PAYLOAD naming the field and the limit, and forwards nothing", async () => {
    const server = await rig.server();
    const [alice, bob] = (await rig.connectAll(server, "alice", "bob")) as [
      RecordingClient,
      RecordingClient,
    ];
    const phone = await rig.connect(server, "alice", "alice#phone");
    const mark = phone.mark();
    alice.send("USER_SETTINGS_UPDATED", settings(nestedArrays(LIMIT + 1)));
    expect(await alice.waitFor("ERROR_OCCURED")).toMatchObject({
      errorCode: "INVALID_PAYLOAD",
      errorMessage: `USER_SETTINGS_UPDATED /newValue: nested deeper than ${LIMIT} levels (x-max-depth in asyncapi.yaml)`,
    });
    await barrier(alice, [phone, bob]);
    expect(receivedSince(phone, mark)).toEqual([]);
  });

  it("refuses a newValue nested 10,000 deep with INVALID_PAYLOAD, logs nothing and keeps serving the sender", async () => {
    const server = await rig.server();
    const phone = await rig.connect(server, "alice", "alice#phone");
    const ws = await openRawClient(server.port, { userId: "alice" });
    rig.defer(() => ws.terminate());
    const frames: string[] = [];
    ws.on("message", (data) => frames.push(String(data)));
    // Written by hand: socket.io-client's own encoder would overflow its stack on this value.
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    const payload = `{"userId":"alice","settingName":"deep","newValue":${deep},"timestamp":"${stamp()}"}`;
    ws.send(`42["USER_SETTINGS_UPDATED",${payload}]`);
    ws.send(`42${JSON.stringify(["USER_SETTINGS_UPDATED", settings("shallow")])}`);
    await eventually(() => frames.some((f) => f.includes('"ERROR_OCCURED"')), "the refusal");
    const refusal = JSON.parse(frames.find((f) => f.includes('"ERROR_OCCURED"'))!.slice(2));
    expect(refusal[1]).toMatchObject({
      errorCode: "INVALID_PAYLOAD",
      errorMessage: expect.stringContaining(`/newValue: nested deeper than ${LIMIT} levels`),
    });
    // The next event of the same connection is served: only the shallow one is forwarded.
    expect((await phone.waitFor("USER_SETTINGS_UPDATED")).newValue).toBe("shallow");
    expect(phone.count("USER_SETTINGS_UPDATED")).toBe(1);
    expect(rig.logs).toEqual([]);
  });

  it("refuses a binary attachment anywhere in a payload with INVALID_PAYLOAD naming where, and forwards nothing", async () => {
    const server = await rig.server();
    const [alice, bob] = (await rig.connectAll(server, "alice", "bob")) as [
      RecordingClient,
      RecordingClient,
    ];
    const phone = await rig.connect(server, "alice", "alice#phone");
    const marks = [phone.mark(), bob.mark()];
    alice.emitRaw("USER_SETTINGS_UPDATED", settings({ avatar: Buffer.from([1, 2, 3]) }));
    alice.emitRaw("MESSAGE_SENT", {
      userId: "alice",
      message: Buffer.from("hi"),
      timestamp: stamp(),
    });
    await alice.waitForCount("ERROR_OCCURED", 2);
    expect(alice.payloadsOf("ERROR_OCCURED")).toMatchObject([
      {
        errorCode: "INVALID_PAYLOAD",
        errorMessage:
          "USER_SETTINGS_UPDATED /newValue/avatar: binary attachments are not allowed; payloads are JSON",
      },
      {
        errorCode: "INVALID_PAYLOAD",
        errorMessage:
          "MESSAGE_SENT /message: binary attachments are not allowed; payloads are JSON",
      },
    ]);
    await barrier(alice, [phone, bob]);
    expect(receivedSince(phone, marks[0]!)).toEqual([]);
    expect(receivedSince(bob, marks[1]!)).toEqual([]);
  });
});
