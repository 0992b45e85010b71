// The run could not judge the server at all: exit 2 with this one-line cause, not 1.

/** The server did not answer, or refused the suite's own well-formed handshake. */
export class TargetError extends Error {
  override name = "TargetError";

  constructor(
    message: string,
    /** What kind of failure: refused, dns, tls, http-status, timeout, websocket, handshake-refused, network. */
    readonly kind: string = "network",
  ) {
    super(message);
  }
}
