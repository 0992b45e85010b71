// The handshake: `auth: { userId, token? }`. A refusal is a CONNECT_ERROR packet whose
// message is "CONNECTION_ERROR" and whose data is a CONNECTION_ERROR payload.
import { createHash, timingSafeEqual } from "node:crypto";
import {
  asSentOnWire,
  validateEvent,
  validateHandshakeAuth,
  type ConnectErrorData,
  type HandshakeAuth,
  type Violation,
} from "../contract/index.ts";
import { jwtProblem } from "./jwt-identity.ts";
import { now, type ChatIoServer } from "./types.ts";

export type HandshakeResult =
  | { ok: true; auth: HandshakeAuth }
  | { ok: false; error: ConnectErrorData };

function refuse(
  errorCode: "AUTH_REQUIRED" | "AUTH_INVALID",
  errorMessage: string,
): HandshakeResult {
  return { ok: false, error: { errorCode, errorMessage, timestamp: now() } };
}

// Hashing first makes the comparison constant-time whatever the lengths.
function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Checks a handshake `auth` object: userId first (AUTH_REQUIRED), then the token (AUTH_INVALID). */
export function checkHandshake(auth: unknown, token: string | undefined): HandshakeResult {
  const violations = validateHandshakeAuth(auth);
  if (violations.some((v) => !v.instancePath.startsWith("/token"))) {
    return refuse("AUTH_REQUIRED", "auth.userId is required: a string of 1 to 64 characters");
  }
  if (violations.length > 0) return refuse("AUTH_INVALID", "auth.token must be a string");
  const given = (auth as HandshakeAuth).token;
  if (token !== undefined && (typeof given !== "string" || !sameToken(given, token))) {
    return refuse(
      "AUTH_INVALID",
      given === undefined
        ? "auth.token is required by this server"
        : "auth.token does not match the server's token",
    );
  }
  return { ok: true, auth: auth as HandshakeAuth };
}

/**
 * checkHandshake, then in JWT mode the token's proof of identity: a JWT signed with
 * `jwtSecret` whose `sub` is auth.userId and which has not expired (else AUTH_INVALID).
 */
export async function checkHandshakeWithJwt(
  auth: unknown,
  jwtSecret: string,
): Promise<HandshakeResult> {
  const result = checkHandshake(auth, undefined);
  if (!result.ok) return result;
  const { token, userId } = result.auth;
  if (token === undefined) {
    return refuse("AUTH_INVALID", "auth.token is required by this server: a JWT for auth.userId");
  }
  const problem = await jwtProblem(token, userId, jwtSecret);
  return problem === undefined ? result : refuse("AUTH_INVALID", problem);
}

export interface HandshakeOptions {
  token: string | undefined;
  /** Per-user JWT mode (exclusive with `token`). */
  jwtSecret?: string | undefined;
  /** When set, the CONNECTION_ERROR data is validated before it is sent. */
  onOutgoingViolation?: ((violations: Violation[], event: string) => void) | undefined;
}

/** The `io.use` middleware: accept and remember the user, or refuse with CONNECTION_ERROR. */
export function useHandshake(io: ChatIoServer, options: HandshakeOptions): void {
  const { jwtSecret } = options;
  io.use((socket, next) => {
    const settle = (result: HandshakeResult) => {
      if (!result.ok) {
        reportOutgoing(result.error, options.onOutgoingViolation);
        return next(Object.assign(new Error("CONNECTION_ERROR"), { data: result.error }));
      }
      socket.data.userId = result.auth.userId;
      socket.data.channelId = "general";
      next();
    };
    if (jwtSecret === undefined)
      return settle(checkHandshake(socket.handshake.auth, options.token));
    // jwtProblem never throws, so this promise always settles the handshake.
    void checkHandshakeWithJwt(socket.handshake.auth, jwtSecret).then(settle);
  });
}

function reportOutgoing(
  data: ConnectErrorData,
  report: HandshakeOptions["onOutgoingViolation"],
): void {
  if (report === undefined) return;
  const violations = validateEvent("CONNECTION_ERROR", asSentOnWire(data));
  if (violations.length > 0) report(violations, "CONNECTION_ERROR");
}
