// One token bucket per user, shared by all of that user's connections: opening more
// connections does not multiply a user's allowance (issue 14). A bucket lives while the
// user has a connection, so memory follows the users online, not every user ever seen.
import { createRateLimiter, type RateLimit, type RateLimiter } from "./rate-limiter.ts";

export class UserRateLimits {
  private readonly buckets = new Map<string, { limiter: RateLimiter; connections: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly clock?: () => number,
  ) {}

  /** The user's bucket, counting one more connection that uses it; release() when it closes. */
  acquire(userId: string): RateLimiter {
    let entry = this.buckets.get(userId);
    if (entry === undefined) {
      entry = { limiter: createRateLimiter(this.limit, this.clock), connections: 0 };
      this.buckets.set(userId, entry);
    }
    entry.connections++;
    return entry.limiter;
  }

  release(userId: string): void {
    const entry = this.buckets.get(userId);
    if (entry === undefined) return;
    if (--entry.connections <= 0) this.buckets.delete(userId);
  }

  /** How many users hold a bucket (tests: nothing is kept for users who left). */
  get size(): number {
    return this.buckets.size;
  }
}
