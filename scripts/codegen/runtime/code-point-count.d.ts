// Types of the plain-JavaScript runtime piece beside it (the generator copies its text).
/** JSON Schema string length: code points, a surrogate pair counting once. */
export function codePointCount(s: string): number;
