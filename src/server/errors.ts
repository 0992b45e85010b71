// Rejections: a handler throws a Rejection, the server answers ERROR_OCCURED to the
// sending connection only, and the event goes no further.
import type { ErrorOccuredPayload, KnownErrorCode } from "../contract/index.ts";
import { now } from "./types.ts";

/** Thrown by a handler to refuse an event; becomes ERROR_OCCURED with this code and message. */
export class Rejection extends Error {
  override name = "Rejection";
  constructor(
    readonly errorCode: KnownErrorCode,
    message: string,
  ) {
    super(message);
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
}

/** Answers a rejection to the sending connection only. */
export function replyRejection(
  socket: ErrorReplyTarget,
  rejection: Rejection,
): ErrorOccuredPayload {
  const payload = errorPayload(rejection.errorCode, rejection.message);
  socket.emit("ERROR_OCCURED", payload);
  return payload;
}
