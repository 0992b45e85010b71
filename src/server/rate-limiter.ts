// A token bucket per connection: `events` tokens, refilled continuously at events/perMs.
// Monotonic clock (performance.now) so a wall-clock jump cannot refill or drain it.
// O(1) state per connection and nothing queued, so rejected traffic costs no memory.

export interface RateLimit {
  /** Bucket size: how many events a connection may send in a burst. */
  events: number;
  /** The time in which a full bucket refills. */
  perMs: number;
}

/** Generous on purpose: a conformance fuzzer sends hundreds of events quickly (and backs off on RATE_LIMITED). */
export const DEFAULT_RATE_LIMIT: RateLimit = { events: 500, perMs: 1000 };

export interface RateLimiter {
  /** Takes one token; false when the bucket is empty (the event must be dropped). */
  take(): boolean;
  /** Returns a token taken by take() (when another limit refused the same event). */
  giveBack(): void;
}

export function assertRateLimit(limit: RateLimit): void {
  const ok = (n: number) => Number.isFinite(n) && n > 0;
  if (!ok(limit.events) || !ok(limit.perMs)) {
    throw new TypeError(
      `rateLimit must be { events > 0, perMs > 0 } or false, got ${JSON.stringify(limit)}`,
    );
  }
}

export function createRateLimiter(
  limit: RateLimit,
  clock: () => number = () => performance.now(),
): RateLimiter {
  assertRateLimit(limit);
  const perMs = limit.events / limit.perMs;
  let tokens = limit.events;
  let last = clock();
  return {
    take() {
      const t = clock();
      tokens = Math.min(limit.events, tokens + (t - last) * perMs);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    giveBack() {
      tokens = Math.min(limit.events, tokens + 1);
    },
  };
}
