// Values a server sent, kept at a bounded size: a 50 MB payload must not become a 50 MB
// report (issue 11). Small values stay as they are; a large one becomes a preview that
// says how big the real value was.

/** JSON characters kept of one value in a report or trace line. */
export const MAX_VALUE_CHARS = 2000;

/** What stands in for a value too large to keep. */
export interface TruncatedValue {
  truncated: true;
  /** Length of the value's JSON text, in characters (its real size). */
  size: number;
  /** The first characters of that JSON text. */
  preview: string;
}

export function isTruncated(value: unknown): value is TruncatedValue {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Partial<TruncatedValue>).truncated === true &&
    typeof (value as Partial<TruncatedValue>).preview === "string"
  );
}

/**
 * The size of `value` as JSON, in characters, without building the JSON text: walking the
 * value costs nothing extra, while JSON.stringify of a flood would allocate it all. Strings
 * count their length plus quotes (escapes are not counted: a lower bound for such strings).
 */
export function jsonSize(value: unknown, stopAbove = Number.POSITIVE_INFINITY): number {
  let size = 0;
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0 && size <= stopAbove) {
    const item = stack.pop();
    if (typeof item === "string") size += item.length + 2;
    else if (typeof item === "number" || typeof item === "boolean") size += String(item).length;
    else if (item === null || item === undefined) size += 4;
    else if (typeof item === "object") {
      if (seen.has(item)) continue;
      seen.add(item);
      if (Array.isArray(item)) {
        size += 2 + Math.max(0, item.length - 1);
        for (const element of item) stack.push(element);
      } else {
        const entries = Object.entries(item);
        size += 2 + Math.max(0, entries.length - 1);
        for (const [key, element] of entries) {
          size += key.length + 3;
          stack.push(element);
        }
      }
    } else size += String(item).length;
  }
  return size;
}

/**
 * A preview of `value`'s JSON text, at most `max` characters, built from a copy whose long
 * strings and arrays are cut first, so the text built stays small whatever the value.
 */
function preview(value: unknown, max: number): string {
  const cut = (item: unknown, depth: number): unknown => {
    if (typeof item === "string") return item.length > max ? item.slice(0, max) : item;
    if (typeof item !== "object" || item === null) return item;
    if (depth > 20) return "…";
    if (Array.isArray(item)) return item.slice(0, max).map((e) => cut(e, depth + 1));
    return Object.fromEntries(
      Object.entries(item)
        .slice(0, max)
        .map(([k, v]) => [k, cut(v, depth + 1)]),
    );
  };
  let text: string;
  try {
    text = JSON.stringify(cut(value, 0)) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.slice(0, max);
}

/** `value` itself when its JSON fits in `max` characters, else a TruncatedValue. */
export function boundValue(value: unknown, max = MAX_VALUE_CHARS): unknown {
  if (value === undefined || isTruncated(value)) return value;
  if (typeof value !== "object" && typeof value !== "string") return value;
  const size = jsonSize(value, max);
  if (size <= max) return value;
  return { truncated: true, size: jsonSize(value), preview: preview(value, max) };
}
