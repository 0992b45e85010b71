// Waiting on several connections at once: the runner's every wait is "until this shows in
// some connection's log", bounded by the run's timeout, and never a fixed pause.
import type { FuzzClient } from "./fuzz-client.ts";

/**
 * Resolves with the first defined value of `look()`, re-evaluated whenever one of `clients`
 * receives an event or disconnects; undefined once `timeoutMs` has passed.
 */
export function waitFor<T>(
  clients: readonly FuzzClient[],
  look: () => T | undefined,
  timeoutMs: number,
): Promise<T | undefined> {
  const now = look();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | undefined) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const unsubscribe of unsubscribes) unsubscribe();
      resolve(value);
    };
    const check = () => {
      const value = look();
      if (value !== undefined) finish(value);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    const unsubscribes = clients.map((client) => client.subscribe(check));
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
