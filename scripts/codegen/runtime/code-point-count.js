// JSON Schema string length (code points, a surrogate pair counting once), as ajv's own
// ucs2length counts it. Two changes, same answers:
// - a native regular expression search finds the first surrogate; a string without one
//   (most text) is counted by its length, and the charCodeAt loop starts only there;
// - a one-entry memo: when a payload fails, the error-listing pass re-checks the very
//   string the verdict pass just counted. Holds one string at most.
// Plain JavaScript: the generator copies this text into generated/validators.js.

const SURROGATE = /[\uD800-\uDFFF]/;
let lastCounted = "";
let lastCount = 0;

/** @param {string} s */
export function codePointCount(s) {
  if (s === lastCounted) return lastCount;
  const n = s.length;
  let count = n;
  for (let i = s.search(SURROGATE); i >= 0 && i < n; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  lastCounted = s;
  lastCount = count;
  return count;
}
