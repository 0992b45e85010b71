// The contract's Timestamp check as plain code, inlined into generated/validators.js.
// ajv-formats' full `date-time` splits the string, runs two regular expressions and
// converts the parts; for the one shape the contract allows (asyncapi.yaml
// components.schemas.Timestamp: YYYY-MM-DDTHH:MM:SS[.fraction]Z, seconds 00-59) this
// reads the digits by char code and checks the calendar by arithmetic, no Date and no
// regular expression. Any other string goes to the full check it is given (in generated
// code, full-date-time.js: ajv-formats' own verdict), so the `format` verdict (and ajv's
// error list) is exactly what full mode gives for every string; only its cost changes.
// Plain JavaScript: the generator copies this text.

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of two ASCII digits at `i` and `i + 1`, or -1 when either is not a digit. */
function twoDigits(s, i) {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * @param {(value: string) => boolean} fullDateTime ajv-formats' full `date-time` check
 * @returns {(value: string) => boolean} the same verdicts, fast on the contract's shape
 */
export function contractDateTime(fullDateTime) {
  return function dateTime(s) {
    const n = s.length;
    // "-", "-", "T", ":", ":" at fixed places and "Z" last (20 = the shortest form).
    if (
      n < 20 ||
      s.charCodeAt(4) !== 45 ||
      s.charCodeAt(7) !== 45 ||
      s.charCodeAt(10) !== 84 ||
      s.charCodeAt(13) !== 58 ||
      s.charCodeAt(16) !== 58 ||
      s.charCodeAt(n - 1) !== 90
    ) {
      return fullDateTime(s);
    }
    const century = twoDigits(s, 0);
    const yy = twoDigits(s, 2);
    const month = twoDigits(s, 5);
    const day = twoDigits(s, 8);
    const hour = twoDigits(s, 11);
    const minute = twoDigits(s, 14);
    const second = twoDigits(s, 17);
    // Seconds 60-99 (a leap second, or nonsense) are full mode's business.
    if ((century | yy | month | day | hour | minute | second) < 0 || second > 59) {
      return fullDateTime(s);
    }
    if (n > 20) {
      // "." and at least one digit before the "Z".
      if (n === 21 || s.charCodeAt(19) !== 46) return fullDateTime(s);
      for (let i = 20; i < n - 1; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57) return fullDateTime(s);
      }
    }
    // Here full mode's answer is: a real calendar date, hour <= 23, minute <= 59 (its
    // leap-second branch needs second 60, excluded above).
    const year = century * 100 + yy;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month];
    return month >= 1 && month <= 12 && day >= 1 && day <= days && hour <= 23 && minute <= 59;
  };
}
