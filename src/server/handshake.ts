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

export interface HandshakeOptions {
  token: string | undefined;
  /** When set, the CONNECTION_ERROR data is validated before it is sent. */
  onOutgoingViolation?: ((violations: Violation[], event: string) => void) | undefined;
}

/** The `io.use` middleware: accept and remember the user, or refuse with CONNECTION_ERROR. */
export function useHandshake(io: ChatIoServer, options: HandshakeOptions): void {
  io.use((socket, next) => {
    const result = checkHandshake(socket.handshake.auth, options.token);
    if (!result.ok) {
      reportOutgoing(result.error, options.onOutgoingViolation);
      return next(Object.assign(new Error("CONNECTION_ERROR"), { data: result.error }));
    }
    socket.data.userId = result.auth.userId;
    socket.data.channelId = "general";
    next();
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
