// The typed front of the precompiled validators: validate any payload against its
// event's schema and get every violation back as data.
import * as validators from "../../generated/validators.js";
import type { StandaloneValidator } from "../../generated/validators.js";
import { EVENT_NAMES, EVENTS, type EventName } from "../../generated/catalog.ts";
import type { EventPayloads, HandshakeAuth } from "../../generated/payloads.ts";
import { violationsFromAjv, type Violation } from "./violation.ts";

// A Map, not the module namespace: a namespace object's keyed lookup is slow, and this
// runs once per validated payload (the server's guard, issue 16).
const VALIDATORS: ReadonlyMap<string, StandaloneValidator> = new Map(
  EVENT_NAMES.map((name) => [name, validators[name]]),
);
// validateEvent() wants the error list: one pass that lists every error costs a valid
// payload what the verdict-only pass costs, and spares an invalid one a second pass.
const LISTING: ReadonlyMap<string, StandaloneValidator> = new Map(
  EVENT_NAMES.map((name) => [name, validators.allErrors[name]]),
);

/** True when `name` is an event of the contract, in either direction. */
export function isContractEvent(name: string): name is EventName {
  return VALIDATORS.has(name);
}

function validatorOf(name: string): StandaloneValidator {
  const validate = VALIDATORS.get(name);
  if (validate === undefined) {
    throw new TypeError(
      `validateEvent: "${name}" is not an event of the contract; known events: ${EVENT_NAMES.join(", ")}`,
    );
  }
  return validate;
}

/**
 * Every way `payload` departs from the schema of `event`; an empty list means valid.
 * Throws a TypeError for an event name the contract does not have (use isContractEvent).
 *
 * @example
 * validateEvent("MESSAGE_SENT", { userId: "alice", message: "", timestamp: "x" })
 * // -> [{ event: "MESSAGE_SENT", instancePath: "/message", keyword: "minLength", ... }, ...]
 */
export function validateEvent(event: EventName | (string & {}), payload: unknown): Violation[] {
  const validate = LISTING.get(event) ?? validatorOf(event);
  return validate(payload) ? [] : violationsFromAjv(event, payload, validate.errors);
}

/** Narrows `payload` to the event's payload type when it is valid. */
export function isEventPayload<E extends EventName>(
  event: E,
  payload: unknown,
): payload is EventPayloads[E] {
  return validatorOf(event)(payload);
}

/** Every way a handshake `auth` object departs from the contract's handshake schema. */
export function validateHandshakeAuth(auth: unknown): Violation[] {
  const validate = validators.allErrors.HANDSHAKE_AUTH;
  return validate(auth) ? [] : violationsFromAjv("HANDSHAKE_AUTH", auth, validate.errors);
}

export function isHandshakeAuth(auth: unknown): auth is HandshakeAuth {
  return validators.HANDSHAKE_AUTH(auth);
}

/** Which directions the contract allows for an event. */
export function directionsOf(event: EventName): readonly string[] {
  return EVENTS[event].directions;
}

/**
 * What a payload looks like on the wire: Socket.IO serialises with JSON.stringify, so
 * Dates become ISO strings and undefined keys vanish. Validate this, not the raw object,
 * when checking what a server emits (onAnyOutgoing sees values before serialisation).
 */
export function asSentOnWire<T>(value: T): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
