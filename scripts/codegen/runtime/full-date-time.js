// ajv-formats' full `date-time` (ajv-formats 3.0.1, dist/formats.js getDateTime(true)),
// the same verdict for every string, read by char code: no split(), no regular expression
// match arrays, no substrings (the fraction of a second aside). Invalid payloads meet it:
// when a timestamp fails the contract's pattern, the error-listing pass still asks the
// format, and ajv-formats' version costs about as much as the rest of the payload.
// What it decides, step by step as ajv-formats does:
//   str.split(/t|\s/i) has exactly two parts: one separator (t, T or a \s character);
//   the date /^(\d\d\d\d)-(\d\d)-(\d\d)$/ with month 1-12 and a real day of that month;
//   the time /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i with a
//   zone (strict), zone hour <= 23 and minute <= 59, then hour <= 23, minute <= 59,
//   second < 60, or a leap second (second < 61) at 23:59 UTC.
// Plain JavaScript: the generator copies this text into generated/validators.js.
// test/contract/full-date-time.test.ts compares it with ajv-formats' function.

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** JavaScript's \s: what splits a date-time besides t and T. */
function isSpace(c) {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function digitAt(s, i) {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Two ASCII digits at i, i + 1 as a number, or -1. */
function pairAt(s, i) {
  const a = digitAt(s, i);
  const b = digitAt(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/** @param {string} s */
export function fullDateTime(s) {
  const n = s.length;
  // The one separator, and no second one anywhere.
  let sep = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 84 || c === 116 || isSpace(c)) {
      if (sep >= 0) return false;
      sep = i;
    }
  }
  // The date: exactly ten characters before it.
  if (sep !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const century = pairAt(s, 0);
  const yy = pairAt(s, 2);
  const month = pairAt(s, 5);
  const day = pairAt(s, 8);
  if (century < 0 || yy < 0 || month < 0 || day < 0) return false;
  const year = century * 100 + yy;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && leap ? 29 : DAYS[month])) {
    return false;
  }
  // The time: HH:MM:SS[.digits] then the zone, which strict mode requires.
  const t = 11;
  if (n < t + 9 || s.charCodeAt(t + 2) !== 58 || s.charCodeAt(t + 5) !== 58) return false;
  const hr = pairAt(s, t);
  const min = pairAt(s, t + 3);
  const whole = pairAt(s, t + 6);
  if (hr < 0 || min < 0 || whole < 0) return false;
  let i = t + 8;
  let sec = whole;
  if (s.charCodeAt(i) === 46) {
    const start = i + 1;
    i = start;
    while (i < n && digitAt(s, i) >= 0) i++;
    if (i === start) return false;
    // As ajv-formats reads it (+"59.9999999999999999" is 60): the same conversion.
    sec = +s.slice(t + 6, i);
  }
  let tzSign = 1;
  let tzH = 0;
  let tzM = 0;
  const z = s.charCodeAt(i);
  if (z === 90 || z === 122) {
    if (i + 1 !== n) return false;
  } else if (z === 43 || z === 45) {
    tzSign = z === 45 ? -1 : 1;
    tzH = pairAt(s, i + 1);
    if (tzH < 0) return false;
    i += 3;
    if (i < n) {
      if (s.charCodeAt(i) === 58) i++;
      tzM = pairAt(s, i);
      if (tzM < 0 || i + 2 !== n) return false;
    }
  } else {
    // No zone (or something else where it should be).
    return false;
  }
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  // A leap second: 23:59:60 in UTC.
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}
