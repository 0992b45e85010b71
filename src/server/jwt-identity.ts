// Proven identity (issue 14): with a per-user JWT secret, `auth.token` must be a JWT signed
// with it (HS256 only: no `alg` confusion, no `none`) whose `sub` is the `userId` the client
// claims and which has not expired. Without it, a userId is only a claim.
import { jwtVerify, SignJWT } from "jose";

const ALGORITHM = "HS256";
/** Clock skew tolerated on `exp` and `nbf`, in seconds. */
const CLOCK_TOLERANCE_S = 5;

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Why a token does not prove `userId`, or undefined when it does. Never throws. */
export async function jwtProblem(
  token: string,
  userId: string,
  secret: string,
): Promise<string | undefined> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: [ALGORITHM],
      clockTolerance: CLOCK_TOLERANCE_S,
      requiredClaims: ["sub", "exp"],
    });
    if (payload.sub !== userId) return "auth.token was issued for another user";
    return undefined;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_JWT_EXPIRED") return "auth.token has expired";
    if (code === "ERR_JWS_SIGNATURE_VERIFICATION_FAILED") {
      return "auth.token is not signed with this server's secret";
    }
    if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED") {
      return `auth.token: ${(error as Error).message}`;
    }
    return "auth.token is not a valid HS256 JWT";
  }
}

/**
 * Mints a token for `userId` (HS256, `sub` = userId), for clients and tests.
 *
 * @example
 * const token = await mintUserToken("alice", secret, { expiresInSeconds: 3600 });
 * io(url, { auth: { userId: "alice", token } });
 */
export async function mintUserToken(
  userId: string,
  secret: string,
  { expiresInSeconds = 3600, now = Date.now() }: { expiresInSeconds?: number; now?: number } = {},
): Promise<string> {
  const issuedAt = Math.floor(now / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(userId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + expiresInSeconds)
    .sign(keyOf(secret));
}
