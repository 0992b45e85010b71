// Per-user JWT mode (`chat-contract test --jwt-secret S`): a token proves one user only. A
// valid, unexpired JWT minted for alice, sent by eve as her own, must be refused; so must a
// token for eve signed with another secret.
import { expectHandshakeRejected } from "../behaviour-checks/handshake-rejected.ts";
import { mintHs256 } from "../jwt-auth.ts";
import type { Scenario } from "./scenario.ts";

export const jwtOfAnotherUser: Scenario = {
  name: "rejects-jwt-of-another-user",
  description:
    "in per-user JWT mode, refuses a valid JWT of one user presented as another, and a JWT signed with another secret, with connect_error CONNECTION_ERROR, errorCode AUTH_INVALID",
  events: ["CONNECTION_ERROR"],
  skipReason: (ctx) =>
    ctx.options.jwtSecret === undefined
      ? "no --jwt-secret given: the server's per-user JWT mode is not tested"
      : undefined,
  async run(ctx) {
    const secret = ctx.options.jwtSecret!;
    ctx.step(`eve#1 connects as ${ctx.ids.eve} with ${ctx.ids.alice}'s valid JWT`);
    await expectHandshakeRejected(ctx, {
      role: "eve",
      auth: { userId: ctx.ids.eve, token: mintHs256(ctx.ids.alice, secret) },
      errorCode: "AUTH_INVALID",
      what: "with a valid JWT issued for another user",
    });
    ctx.step(`eve#2 connects as ${ctx.ids.eve} with a JWT signed with another secret`);
    await expectHandshakeRejected(ctx, {
      role: "eve",
      auth: { userId: ctx.ids.eve, token: mintHs256(ctx.ids.eve, `${secret}-wrong`) },
      errorCode: "AUTH_INVALID",
      what: "with a JWT signed with another secret",
    });
  },
};
