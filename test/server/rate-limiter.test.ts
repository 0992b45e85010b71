import { describe, expect, it } from "vitest";
import { createRateLimiter, UserRateLimits } from "../../src/server/index.ts";

describe("rate limiter (token bucket)", () => {
  function limiter(events: number, perMs: number) {
    let now = 0;
    const bucket = createRateLimiter({ events, perMs }, () => now);
    return { take: () => bucket.take(), advance: (ms: number) => void (now += ms) };
  }

  it("allows a burst of `events`, then refuses", () => {
    const { take } = limiter(3, 1000);
    expect([take(), take(), take(), take()]).toEqual([true, true, true, false]);
  });

  it("refills continuously at events per perMs", () => {
    const { take, advance } = limiter(10, 1000);
    for (let i = 0; i < 10; i++) take();
    expect(take()).toBe(false);
    advance(100); // one token
    expect([take(), take()]).toEqual([true, false]);
  });

  it("never holds more than `events` tokens, however long it idles", () => {
    const { take, advance } = limiter(2, 1000);
    advance(60_000);
    expect([take(), take(), take()]).toEqual([true, true, false]);
  });

  it("refuses a limit that could never let an event through", () => {
    expect(() => createRateLimiter({ events: 0, perMs: 1000 })).toThrow(/rateLimit/);
    expect(() => createRateLimiter({ events: 5, perMs: Number.NaN })).toThrow(/rateLimit/);
  });
});

describe("per-user buckets", () => {
  it("gives every connection of a user the same bucket and forgets it when the last one closes", () => {
    const now = 0;
    const users = new UserRateLimits({ events: 2, perMs: 1000 }, () => now);
    const laptop = users.acquire("alice");
    const phone = users.acquire("alice");
    expect(phone).toBe(laptop);
    expect([laptop.take(), phone.take(), laptop.take()]).toEqual([true, true, false]);
    expect(users.acquire("bob").take()).toBe(true); // another user, another bucket
    users.release("alice");
    expect(users.size).toBe(2);
    users.release("alice");
    users.release("bob");
    expect(users.size).toBe(0);
  });

  it("gives back a token another limit refused, never past the bucket's size", () => {
    const bucket = createRateLimiter({ events: 1, perMs: 1000 }, () => 0);
    expect(bucket.take()).toBe(true);
    bucket.giveBack();
    bucket.giveBack();
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
  });
});
