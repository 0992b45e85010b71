import { HANDSHAKE, validateEvent } from "../../contract/index.ts";
import { payloadOf } from "../frame-match.ts";
import type { RunContext } from "../run-context.ts";
import type { BehaviourCheck } from "./behaviour-check.ts";

export const handshakeRejected: BehaviourCheck = {
  name: "handshake-rejected",
  description:
    'a bad handshake gets connect_error "CONNECTION_ERROR" with a CONNECTION_ERROR payload as data',
};

export interface BadHandshake {
  role: string;
  auth: Record<string, unknown>;
  errorCode: (typeof HANDSHAKE.errorCodes)[number];
  /** For messages: "without a userId". */
  what: string;
}

/** Opens a connection the server must refuse and checks how it refuses; the connection is closed after. */
export async function expectHandshakeRejected(ctx: RunContext, bad: BadHandshake): Promise<void> {
  const client = ctx.open(bad.role, bad.auth);
  const outcome = await client.handshake(ctx.timeoutMs);
  client.close();
  ctx.assert(handshakeRejected.name);
  const fail = (message: string, expected: unknown, received: unknown, instancePath?: string) =>
    ctx.fail({
      check: handshakeRejected.name,
      event: "CONNECTION_ERROR",
      direction: "server-to-client",
      client: client.label,
      message,
      ...(instancePath === undefined ? {} : { instancePath }),
      expected,
      received,
      sent: { auth: bad.auth },
    });
  const wanted = `connect_error "${HANDSHAKE.connectErrorMessage}" with errorCode ${bad.errorCode}`;
  if (outcome === undefined) {
    return fail(
      `a handshake ${bad.what} got neither connect nor connect_error within ${ctx.timeoutMs} ms; expected ${wanted}`,
      wanted,
      "nothing",
    );
  }
  if (outcome.kind === "connect") {
    return fail(
      `the server accepted a handshake ${bad.what}; expected ${wanted}`,
      wanted,
      "connect",
    );
  }
  if (outcome.message !== HANDSHAKE.connectErrorMessage) {
    fail(
      `a handshake ${bad.what} got connect_error "${outcome.message}"; expected the message "${HANDSHAKE.connectErrorMessage}"`,
      HANDSHAKE.connectErrorMessage,
      outcome.message,
      "message",
    );
  }
  if (outcome.args.length === 0 || outcome.args[0] === undefined) {
    return fail(
      `a handshake ${bad.what} got connect_error without data; expected a CONNECTION_ERROR payload as err.data`,
      "a CONNECTION_ERROR payload",
      "no data",
      "data",
    );
  }
  const data = payloadOf(outcome);
  // A malformed payload is payload-matches-schema's to report.
  if (data === undefined || validateEvent("CONNECTION_ERROR", data).length > 0) return;
  if (data["errorCode"] !== bad.errorCode) {
    fail(
      `a handshake ${bad.what} was refused with errorCode ${JSON.stringify(data["errorCode"])}; expected ${bad.errorCode}`,
      bad.errorCode,
      data["errorCode"],
      "/errorCode",
    );
  }
}
