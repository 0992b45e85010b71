// Per-user JWTs for the suite's handshakes (`chat-contract test --jwt-secret S`): an HS256
// token whose `sub` is the connection's userId, as a server in JWT mode requires. Minted
// with node:crypto because every auth callback of the suite is synchronous; the reference
// server verifies with jose, and test/conformance/jwt-auth.test.ts checks jose accepts these.
import { createHmac } from "node:crypto";

/** How long a minted token is valid: far longer than any run. */
const LIFETIME_S = 3600;

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString("base64url");
}

export function mintHs256(userId: string, secret: string, nowMs = Date.now()): string {
  const iat = Math.floor(nowMs / 1000);
  const head = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const body = base64url(JSON.stringify({ sub: userId, iat, exp: iat + LIFETIME_S }));
  const signature = createHmac("sha256", secret).update(`${head}.${body}`).digest();
  return `${head}.${body}.${base64url(signature)}`;
}

/** The handshake `auth` of `userId`: a shared token, a minted JWT, or none. */
export function handshakeAuth(
  userId: string,
  options: { token?: string | undefined; jwtSecret?: string | undefined },
): Record<string, unknown> {
  if (options.jwtSecret !== undefined) {
    return { userId, token: mintHs256(userId, options.jwtSecret) };
  }
  return options.token === undefined ? { userId } : { userId, token: options.token };
}
