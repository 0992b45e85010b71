import { describe, expect, it } from "vitest";
import { useRig } from "../support/test-rig.ts";

describe("handshake", () => {
  const rig = useRig();

  it("accepts a client whose auth has a userId", async () => {
    const server = await rig.server();
    const alice = await rig.connect(server, "alice");
    expect(alice.socket.connected).toBe(true);
  });

  it.each([
    ["no auth at all", {}],
    ["an empty userId", { userId: "" }],
    ["a userId longer than 64 characters", { userId: "x".repeat(65) }],
    ["a userId that is not a string", { userId: 42 }],
  ])("refuses %s with CONNECTION_ERROR AUTH_REQUIRED", async (_case, auth) => {
    const server = await rig.server();
    const refused = await rig.open(server, auth).refused();
    expect(refused.message).toBe("CONNECTION_ERROR");
    expect(refused.data).toMatchObject({ errorCode: "AUTH_REQUIRED" });
  });

  it("refuses a wrong token with AUTH_INVALID when the server has one", async () => {
    const server = await rig.server({ token: "s3cret" });
    const refused = await rig.open(server, { userId: "alice", token: "guess" }).refused();
    expect(refused.message).toBe("CONNECTION_ERROR");
    expect(refused.data).toMatchObject({
      errorCode: "AUTH_INVALID",
      errorMessage: expect.stringContaining("token"),
    });
  });

  it("refuses a missing token with AUTH_INVALID when the server has one", async () => {
    const server = await rig.server({ token: "s3cret" });
    const refused = await rig.open(server, { userId: "alice" }).refused();
    expect(refused.data).toMatchObject({ errorCode: "AUTH_INVALID" });
  });

  it("checks userId before the token: no userId and a wrong token is AUTH_REQUIRED", async () => {
    const server = await rig.server({ token: "s3cret" });
    const refused = await rig.open(server, { token: "guess" }).refused();
    expect(refused.data).toMatchObject({ errorCode: "AUTH_REQUIRED" });
  });

  it("refuses a token that is not a string with AUTH_INVALID", async () => {
    const server = await rig.server();
    const refused = await rig.open(server, { userId: "alice", token: 123 }).refused();
    expect(refused.data).toMatchObject({ errorCode: "AUTH_INVALID" });
  });

  it("accepts the right token", async () => {
    const server = await rig.server({ token: "s3cret" });
    const alice = await rig.open(server, { userId: "alice", token: "s3cret" }).ready();
    expect(alice.socket.connected).toBe(true);
  });

  it("stamps the CONNECTION_ERROR with the server's clock", async () => {
    const server = await rig.server();
    const before = Date.now();
    const refused = await rig.open(server, {}).refused();
    const timestamp = Date.parse((refused.data as { timestamp: string }).timestamp);
    expect(timestamp).toBeGreaterThanOrEqual(before - 1000);
    expect(timestamp).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it("tells no one about a refused handshake", async () => {
    const server = await rig.server({ token: "s3cret" });
    const alice = await rig.open(server, { userId: "alice", token: "s3cret" }).ready();
    const mark = alice.mark();
    await rig.open(server, { userId: "mallory", token: "guess" }).refused();
    const bob = await rig.open(server, { userId: "bob", token: "s3cret" }).ready();
    await alice.waitFor("USER_CONNECTED", { since: mark });
    expect(alice.eventsSince(mark)).toEqual(["USER_CONNECTED"]);
    expect(alice.payloadsOf("USER_CONNECTED", mark)[0]?.userId).toBe("bob");
    expect(bob.payloadsOf("DATA_RECEIVED")[0]?.data).toMatchObject({
      onlineUsers: ["alice", "bob"],
    });
  });
});
