// JSON Schema string length (code points, a surrogate pair counting once), as ajv's own
// ucs2length counts it. Two changes, same answers:
// - the pairs are found by a regular expression (native code, several times faster than
//   a charCodeAt loop on a 4000-character message); pairing left to right is unique, as
//   a high surrogate can only pair with the unit right after it;
// - a one-entry memo: when a payload fails, the error-listing pass re-checks the very
//   string the verdict pass just counted. Holds one string at most.
// Plain JavaScript: the generator copies this text into generated/validators.js.

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
let lastCounted = "";
let lastCount = 0;

/** @param {string} s */
export function codePointCount(s) {
  if (s === lastCounted) return lastCount;
  let pairs = 0;
  SURROGATE_PAIR.lastIndex = 0;
  // test() with the g flag moves lastIndex past each match and builds no match array.
  while (SURROGATE_PAIR.test(s)) pairs++;
  lastCounted = s;
  lastCount = s.length - pairs;
  return lastCount;
}
