// String lengths as JSON Schema counts them: in code points (an emoji outside the BMP is
// one character, two UTF-16 units), which is what ajv's ucs2length does.

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The first `length` code points. */
export function takeCodePoints(text: string, length: number): string {
  return Array.from(text).slice(0, length).join("");
}

/** `seed`'s code points repeated (or cut) to exactly `length` code points; "x" when `seed` is empty. */
export function toCodePointLength(seed: string, length: number): string {
  const points = Array.from(seed.length > 0 ? seed : "x");
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(points[i % points.length] as string);
  return out.join("");
}

/** Whether `text` satisfies a JSON Schema `pattern` (ajv compiles patterns with the u flag). */
export function matchesPattern(text: string, pattern: string): boolean {
  return new RegExp(pattern, "u").test(text);
}
