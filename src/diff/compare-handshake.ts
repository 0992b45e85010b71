// The handshake: the auth schema is judged as client to server (the server receives it);
// the connect_error message and its documented codes are compared as they are.
import { errorCodeChanges, eventChange, judged } from "./changes.ts";
import type { Contract } from "./compare-contracts.ts";
import type { SchemaComparison } from "./compare-schemas.ts";
import type { Change } from "./model.ts";

export function compareHandshake(
  before: Contract,
  after: Contract,
  comparison: SchemaComparison,
): Change[] {
  const changes = comparison
    .compare(before.handshake.auth, after.handshake.auth, { path: "" })
    .map((c) => judged("handshake.auth", "handshake", c));
  changes.push(
    ...errorCodeChanges(
      "handshake.connectError",
      "handshake",
      before.handshake.errorCodes,
      after.handshake.errorCodes,
    ),
  );
  if (before.handshake.connectErrorMessage !== after.handshake.connectErrorMessage) {
    const { connectErrorMessage: old } = before.handshake;
    const next = after.handshake.connectErrorMessage;
    changes.push(
      eventChange(
        "breaking",
        "handshake.connectError",
        "handshake",
        `connect_error message ${old} -> ${next}: clients match on it`,
        old,
        next,
      ),
    );
  }
  return changes;
}
