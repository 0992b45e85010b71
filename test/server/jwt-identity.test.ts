import { SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { runConformance } from "../../src/conformance/index.ts";
import { mintHs256 } from "../../src/conformance/jwt-auth.ts";
import { createChatServer, jwtProblem, mintUserToken } from "../../src/server/index.ts";
import { useRig } from "../support/test-rig.ts";

const SECRET = "a-test-secret-of-thirty-two-bytes";

describe("per-user JWT identity", () => {
  const rig = useRig();
  const jwtServer = () => rig.server({ jwtSecret: SECRET });

  it("accepts a token signed with the secret whose sub is the userId, as that user", async () => {
    const server = await jwtServer();
    const token = await mintUserToken("alice", SECRET);
    const alice = await rig.open(server, { userId: "alice", token }).ready();
    expect(alice.payloadsOf("DATA_RECEIVED")[0]?.data).toMatchObject({ userId: "alice" });
  });

  it.each([
    ["a valid token for another user", async () => mintUserToken("alice", SECRET), "another user"],
    [
      "an expired token",
      async () =>
        mintUserToken("bob", SECRET, { expiresInSeconds: 60, now: Date.now() - 3_600_000 }),
      "expired",
    ],
    [
      "a token signed with another secret",
      async () => mintUserToken("bob", "not-the-secret"),
      "not signed",
    ],
    [
      "an HS512 token signed with the secret",
      async () =>
        new SignJWT({})
          .setProtectedHeader({ alg: "HS512" })
          .setSubject("bob")
          .setExpirationTime("1h")
          .sign(new TextEncoder().encode(SECRET)),
      "not a valid HS256 JWT",
    ],
    [
      "an unsigned (alg none) token",
      async () => new UnsecuredJWT({}).setSubject("bob").setExpirationTime("1h").encode(),
      "not a valid HS256 JWT",
    ],
    [
      "a token without an expiry",
      async () =>
        new SignJWT({})
          .setProtectedHeader({ alg: "HS256" })
          .setSubject("bob")
          .sign(new TextEncoder().encode(SECRET)),
      "exp",
    ],
    ["the shared-token style plain string", async () => SECRET, "not a valid HS256 JWT"],
    ["no token", async () => undefined, "required"],
  ])("refuses %s for bob with CONNECTION_ERROR AUTH_INVALID", async (_case, token, why) => {
    const server = await jwtServer();
    const given = await token();
    const auth = given === undefined ? { userId: "bob" } : { userId: "bob", token: given };
    const refused = await rig.open(server, auth).refused();
    expect(refused.message).toBe("CONNECTION_ERROR");
    expect(refused.data).toMatchObject({
      errorCode: "AUTH_INVALID",
      errorMessage: expect.stringContaining(why),
    });
  });

  it("refuses a missing userId with AUTH_REQUIRED before looking at the token", async () => {
    const server = await jwtServer();
    const refused = await rig.open(server, { token: await mintUserToken("bob", SECRET) }).refused();
    expect(refused.data).toMatchObject({ errorCode: "AUTH_REQUIRED" });
  });

  it("rejects a shared token and a JWT secret together, and an empty secret", async () => {
    await expect(createChatServer({ port: 0, token: "t", jwtSecret: SECRET })).rejects.toThrow(
      /token \(shared\) or jwtSecret \(per user\), not both/,
    );
    await expect(createChatServer({ port: 0, jwtSecret: "" })).rejects.toThrow(/must not be empty/);
  });
});

describe("chat-contract test --jwt-secret", () => {
  const rig = useRig();

  it("mints tokens the server's jose verification accepts, for the right user only", async () => {
    const token = mintHs256("alice", SECRET);
    expect(await jwtProblem(token, "alice", SECRET)).toBeUndefined();
    expect(await jwtProblem(token, "bob", SECRET)).toBe("auth.token was issued for another user");
  });

  it("passes a server in JWT mode, running the another-user scenario", async () => {
    const server = await rig.server({ jwtSecret: SECRET });
    const report = await runConformance({ url: server.url, jwtSecret: SECRET, fuzz: 0 });
    expect(report.ok).toBe(true);
    const scenario = report.scenarios?.find((s) => s.name === "rejects-jwt-of-another-user");
    expect(scenario?.status).toBe("pass");
  });

  it("fails a server that lets anyone connect as anyone, blaming CONNECTION_ERROR", async () => {
    const server = await rig.server(); // no token, no JWT: a userId is only a claim
    const report = await runConformance({ url: server.url, jwtSecret: SECRET, fuzz: 0 });
    expect(report.ok).toBe(false);
    const failures = report.events.CONNECTION_ERROR.violations;
    expect(failures.map((f) => f.check)).toEqual(["handshake-rejected", "handshake-rejected"]);
    expect(failures[0]?.message).toContain(
      "accepted a handshake with a valid JWT issued for another user",
    );
  });
});
