// Determinism: every random choice is fast-check drawing from a seed derived from the run
// seed and the case's own name, so one case never depends on how many others there are
// (`--fuzz-case` regenerates exactly the bytes a full run sent).
import fc from "fast-check";

/** FNV-1a over the parts: a stable 32-bit seed for one named draw. */
export function deriveSeed(seed: number, ...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = [seed, ...parts].join("\u001f");
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** One value of `arbitrary`, the same for the same seed (fast-check's own seeded Random). */
export function sampleOne<T>(arbitrary: fc.Arbitrary<T>, seed: number): T {
  const [value] = fc.sample(arbitrary, { seed, numRuns: 1 });
  return value as T;
}

/** Where a case draws its randomness: one seeded fast-check stream, read in a fixed order. */
export interface Draw {
  /** 0 for the first case of a rule, 1 for the second, ...: walks the rule's candidates. */
  variant: number;
  /** The next value of `arbitrary` from this case's stream. */
  value<T>(arbitrary: fc.Arbitrary<T>): T;
}

/**
 * A Draw over one seeded stream: fc.gen() hands out fast-check's own Random for the seed,
 * so a case costs one fc.sample call however many values it draws.
 */
export function drawFor(seed: number, variant: number): Draw {
  const [generate] = fc.sample(fc.gen(), { seed, numRuns: 1 });
  if (generate === undefined) throw new Error("fuzz: fast-check produced no generator");
  return { variant, value: (arbitrary) => generate(() => arbitrary) };
}

/** A seed for a run when none was given: printed, so the run can be repeated. */
export function freshSeed(): number {
  return (Math.floor(Math.random() * 0x7fffffff) ^ Date.now()) & 0x7fffffff;
}

/** Picks the n-th candidate, cycling: variant k of a rule walks its candidate list. */
export function pick<T>(candidates: readonly T[], n: number, what: string): T {
  if (candidates.length === 0) throw new Error(`fuzz: no candidate value for ${what}`);
  return candidates[n % candidates.length] as T;
}
