import { expectHandshakeRejected } from "../behaviour-checks/handshake-rejected.ts";
import type { Scenario } from "./scenario.ts";

export const handshakeWithoutUser: Scenario = {
  name: "rejects-handshake-without-user",
  description:
    "refuses a handshake without a userId with connect_error CONNECTION_ERROR, errorCode AUTH_REQUIRED",
  events: ["CONNECTION_ERROR"],
  async run(ctx) {
    ctx.step("anonymous#1 connects without a userId");
    // With the right token, so that only the missing userId is wrong.
    const auth = ctx.options.token === undefined ? {} : { token: ctx.options.token };
    await expectHandshakeRejected(ctx, {
      role: "anonymous",
      auth,
      errorCode: "AUTH_REQUIRED",
      what: "without a userId",
    });
  },
};

export const handshakeWithWrongToken: Scenario = {
  name: "rejects-handshake-with-wrong-token",
  description:
    "refuses a handshake with a wrong token with connect_error CONNECTION_ERROR, errorCode AUTH_INVALID",
  events: ["CONNECTION_ERROR"],
  skipReason: (ctx) =>
    ctx.options.token === undefined
      ? "no --token given: the server's token, if any, is unknown"
      : undefined,
  async run(ctx) {
    ctx.step(`eve#1 connects as ${ctx.ids.eve} with a wrong token`);
    await expectHandshakeRejected(ctx, {
      role: "eve",
      auth: { userId: ctx.ids.eve, token: `${ctx.options.token ?? ""}-wrong` },
      errorCode: "AUTH_INVALID",
      what: "with a wrong token",
    });
  },
};
