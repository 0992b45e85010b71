// JSON Schema string length (code points, a surrogate pair counting once), as ajv's own
// ucs2length counts it, with a one-entry memo: when a payload fails, the error-listing
// pass re-checks the very string the verdict pass just counted (a 4001-code-point message
// would otherwise be walked twice). Holds one string at most. Plain JavaScript: the
// generator copies this text into generated/validators.js.

let lastCounted = "";
let lastCount = 0;

/** @param {string} s */
export function codePointCount(s) {
  if (s === lastCounted) return lastCount;
  const n = s.length;
  let count = 0;
  for (let i = 0; i < n; i++, count++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  lastCounted = s;
  lastCount = count;
  return count;
}
