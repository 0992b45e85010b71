// What a "valid" generated value may contain beyond what the schema says: only what every
// common runtime can hold and send back unchanged. A contract that admits more (JSON has
// integers past 2^53, JavaScript strings may hold lone surrogates) is honoured on the
// invalid side only through what it forbids; a valid case must not fail a conformant
// server written in Python, Go or Java because its JSON library cannot represent a value.
// Timestamps are the format's business (formats.ts: years 0001-9999, seconds 00-59).

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** With the u flag a surrogate pair is one code point, so this matches lone surrogates only. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const wellFormed = (text: string) => !LONE_SURROGATE.test(text);

/** Integers within ±(2^53-1), finite numbers, well-formed UTF-16 in every string and key. */
export function isPortableJson(value: unknown): boolean {
  switch (typeof value) {
    case "string":
      return wellFormed(value);
    case "number":
      return Number.isFinite(value) && (!Number.isInteger(value) || Math.abs(value) <= MAX_SAFE);
    case "boolean":
      return true;
    case "object":
      if (value === null) return true;
      if (Array.isArray(value)) return value.every(isPortableJson);
      return Object.entries(value).every(([k, v]) => wellFormed(k) && isPortableJson(v));
    default:
      return false;
  }
}

/** `value` with every integer past ±(2^53-1) brought back to the nearest safe one. */
export function toPortableNumbers(value: unknown): unknown {
  if (typeof value === "number" && Number.isInteger(value) && Math.abs(value) > MAX_SAFE)
    return Math.sign(value) * MAX_SAFE;
  if (Array.isArray(value)) return value.map(toPortableNumbers);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPortableNumbers(v)]));
  return value;
}
