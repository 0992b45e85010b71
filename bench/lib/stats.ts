// Small statistics for benchmark samples. Percentiles use the nearest-rank method: the
// reported value is always one that was actually measured.

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new RangeError("stats: no samples");
  return [...values].sort((a, b) => a - b);
}

/** The p-th percentile (0 < p <= 100), nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`stats: percentile must be in (0, 100], got ${p}`);
  const s = sorted(values);
  return s[Math.min(s.length, Math.ceil((p / 100) * s.length)) - 1]!;
}

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("stats: no samples");
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
