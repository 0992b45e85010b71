// The speed limit: what a careful programmer would write by hand for three events'
// contracts (asyncapi.yaml), with no schema and no library. bench/validation-throughput.ts
// times the generated validators against it; test/contract/hand-written-check.test.ts
// proves it gives the contract's verdicts (those of ajv with ajv-formats' full formats).
// Verdict only (true/false): a hand-written check that also built error objects would
// not be the floor any more.

export const HAND_WRITTEN_EVENTS = [
  "MESSAGE_RECEIVED",
  "FILE_UPLOADED",
  "USER_CHANGED_GROUP",
] as const;
export type HandWrittenEvent = (typeof HAND_WRITTEN_EVENTS)[number];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Code points, a surrogate pair counting once (JSON Schema's string length). */
function codePoints(s: string): number {
  // A native search skips text without surrogates; the loop starts at the first one.
  const n = s.length;
  let count = n;
  for (let i = s.search(SURROGATE); i >= 0 && i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** A string of 1..max code points; the count only when the UTF-16 length exceeds max. */
function isText(value: unknown, max: number): boolean {
  return (
    typeof value === "string" &&
    value.length > 0 &&
    (value.length <= max || codePoints(value) <= max)
  );
}

const isIdentifier = (value: unknown): boolean => isText(value, 64);

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -100_000;
}

/** YYYY-MM-DDTHH:MM:SS[.digits]Z, seconds 00-59, a real date. */
function isTimestamp(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const s = value;
  const n = s.length;
  if (n < 20 || s[4] !== "-" || s[7] !== "-" || s[10] !== "T" || s[13] !== ":") return false;
  if (s[16] !== ":" || s[n - 1] !== "Z") return false;
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const month = digit(s, 5) * 10 + digit(s, 6);
  const day = digit(s, 8) * 10 + digit(s, 9);
  const hour = digit(s, 11) * 10 + digit(s, 12);
  const minute = digit(s, 14) * 10 + digit(s, 15);
  const second = digit(s, 17) * 10 + digit(s, 18);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return false;
  if (minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  if (n > 20) {
    if (n === 21 || s[19] !== ".") return false;
    for (let i = 20; i < n - 1; i++) if (digit(s, i) < 0) return false;
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days =
    month === 2
      ? leap
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31;
  return day <= days;
}

/** Only the named keys (absent values count as absent, as in JSON). */
function hasOnlyKeys(payload: Record<string, unknown>, a: string, b: string, c: string, d = a) {
  for (const key in payload) if (key !== a && key !== b && key !== c && key !== d) return false;
  return true;
}

function messageReceived(p: unknown): boolean {
  return (
    isPlainObject(p) &&
    isIdentifier(p["userId"]) &&
    isText(p["message"], 4000) &&
    isTimestamp(p["timestamp"]) &&
    hasOnlyKeys(p, "userId", "message", "timestamp")
  );
}

function isFileName(value: unknown): boolean {
  return (
    isText(value, 255) &&
    !(value as string).includes("/") &&
    !(value as string).includes("\\") &&
    !(value as string).includes("\u0000")
  );
}

function fileUploaded(p: unknown): boolean {
  const size = isPlainObject(p) ? p["fileSize"] : undefined;
  return (
    isPlainObject(p) &&
    isIdentifier(p["userId"]) &&
    isFileName(p["fileName"]) &&
    typeof size === "number" &&
    Number.isInteger(size) &&
    size >= 0 &&
    size <= Number.MAX_SAFE_INTEGER &&
    isTimestamp(p["timestamp"]) &&
    hasOnlyKeys(p, "userId", "fileName", "fileSize", "timestamp")
  );
}

function userChangedGroup(p: unknown): boolean {
  if (!isPlainObject(p)) return false;
  const channel = p["newChannelId"];
  // Identifier or ChannelRef ({ id: Identifier }, other keys allowed): never both.
  const channelOk = isPlainObject(channel) ? isIdentifier(channel["id"]) : isIdentifier(channel);
  return (
    isIdentifier(p["userId"]) &&
    channelOk &&
    isTimestamp(p["timestamp"]) &&
    hasOnlyKeys(p, "userId", "newChannelId", "timestamp")
  );
}

export const HAND_WRITTEN_CHECKS: Record<HandWrittenEvent, (payload: unknown) => boolean> = {
  MESSAGE_RECEIVED: messageReceived,
  FILE_UPLOADED: fileUploaded,
  USER_CHANGED_GROUP: userChangedGroup,
};
