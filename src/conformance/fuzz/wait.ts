// Waiting on several connections at once: the runner's every wait is "until this shows in
// some connection's log", bounded by the run's timeout, and never a fixed pause.
import { RunError } from "./connections.ts";
import type { FuzzClient } from "./fuzz-client.ts";

/**
 * Resolves with the first defined value of `look()`, re-evaluated whenever one of `clients`
 * receives an event or disconnects; undefined once `timeoutMs` has passed. Rejects with a
 * RunError when the server overwhelmed one of them (a flood, an oversized frame): nothing
 * that connection shows can be judged any more.
 */
export function waitFor<T>(
  clients: readonly FuzzClient[],
  look: () => T | undefined,
  timeoutMs: number,
): Promise<T | undefined> {
  const overwhelmed = () => clients.find((c) => c.overwhelmed !== undefined)?.overwhelmed;
  const lookOrStop = (): T | undefined => {
    const why = overwhelmed();
    if (why !== undefined) throw new RunError(why);
    return look();
  };
  try {
    const now = lookOrStop();
    if (now !== undefined) return Promise.resolve(now);
  } catch (error) {
    return Promise.reject(error as Error);
  }
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (value: T | undefined) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const unsubscribe of unsubscribes) unsubscribe();
      resolve(value);
    };
    const check = () => {
      let value: T | undefined;
      try {
        value = lookOrStop();
      } catch (error) {
        if (done) return;
        done = true;
        clearTimeout(timer);
        for (const unsubscribe of unsubscribes) unsubscribe();
        return reject(error as Error);
      }
      if (value !== undefined) finish(value);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    const unsubscribes = clients.map((client) => client.subscribe(check));
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
