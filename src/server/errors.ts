// Rejections: a handler throws a Rejection, the server answers ERROR_OCCURED to the
// sending connection only, and the event goes no further.
import type { ErrorOccuredPayload, KnownErrorCode } from "../contract/index.ts";
import { now } from "./types.ts";

/** Thrown by a handler to refuse an event; becomes ERROR_OCCURED with this code and message. */
export class Rejection extends Error {
  override name = "Rejection";
  // A plain field, not a constructor parameter property: erasable syntax, so the file also
  // compiles under a consumer's `erasableSyntaxOnly` or Node's type stripping.
  readonly errorCode: KnownErrorCode;
  constructor(errorCode: KnownErrorCode, message: string) {
    super(message);
    this.errorCode = errorCode;
  }
}

export function errorPayload(errorCode: KnownErrorCode, errorMessage: string): ErrorOccuredPayload {
  return { errorCode, errorMessage, timestamp: now() };
}

/** The errorMessage of INTERNAL: the sender learns which event failed, never the server's internals. */
export function internalMessage(event: string): string {
  return `${event}: the server failed while handling the event; it was not applied`;
}

/**
 * Quotes a client-supplied value for an error message, bounded so a hostile event name or
 * value cannot make the reply (or the log line) large.
 */
export function quote(value: unknown, max = 80): string {
  let text: string;
  try {
    text =
      typeof value === "string"
        ? JSON.stringify(value)
        : String(JSON.stringify(value) ?? typeof value);
  } catch {
    text = typeof value;
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Anything that can receive ERROR_OCCURED: a typed ChatSocket or any Socket.IO socket. */
export interface ErrorReplyTarget {
  emit(event: "ERROR_OCCURED", payload: ErrorOccuredPayload): boolean;
  connected?: boolean;
}

/**
 * Answers a rejection to the sending connection only. Never dropped for being many: the
 * bytes queued for a connection are bounded by backpressure.ts, which cuts a client that
 * stops reading. `sent` is false only when the connection has already closed.
 */
export function replyRejection(
  socket: ErrorReplyTarget,
  rejection: Rejection,
): { reply: ErrorOccuredPayload; sent: boolean } {
  const reply = errorPayload(rejection.errorCode, rejection.message);
  if (socket.connected === false) return { reply, sent: false };
  socket.emit("ERROR_OCCURED", reply);
  return { reply, sent: true };
}
