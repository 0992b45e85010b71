// Timing with warm-up and interleaved rounds: subjects take turns in small slices, in an
// order that rotates, so a noisy neighbour on this shared machine hits the baseline and
// the subject alike instead of whichever happened to run at that moment.

export interface ChunkedSubject {
  name: string;
  /** Does the work of chunk `index` (e.g. validates one slice of a corpus); returns operations done. */
  run: (index: number) => number;
}

export interface ChunkedOptions {
  /** How many chunks make one pass over the work; every subject does every chunk. */
  chunks: number;
  /** Passes per round. */
  passes: number;
  rounds: number;
  /** Untimed passes per subject before the first round (lets the JIT settle). */
  warmupPasses: number;
  /** What a chunk's time is read from, in ms: wall time (default) or cpuMs. */
  clock?: () => number;
}

/**
 * This process's CPU time in ms (user + system). On a shared machine wall time also counts
 * the time the process waited for a core, which lands on whichever subject was running;
 * CPU time does not. A reading costs about a microsecond: time chunks of 100 us or more.
 */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Operations per second, one sample per round, by subject name. Within a round, subjects
 * take turns chunk by chunk (a few ms each, rotating who goes first), so every subject
 * does exactly the same work and a burst of noise lands on all of them.
 */
export function interleaveChunks(
  subjects: readonly ChunkedSubject[],
  options: ChunkedOptions,
): Record<string, number[]> {
  for (const subject of subjects) {
    for (let pass = 0; pass < options.warmupPasses; pass++) {
      for (let c = 0; c < options.chunks; c++) subject.run(c);
    }
  }
  const clock = options.clock ?? (() => performance.now());
  const rates: Record<string, number[]> = Object.fromEntries(subjects.map((s) => [s.name, []]));
  for (let round = 0; round < options.rounds; round++) {
    const ms = new Map(subjects.map((s) => [s.name, 0]));
    const ops = new Map(subjects.map((s) => [s.name, 0]));
    for (let pass = 0; pass < options.passes; pass++) {
      for (let c = 0; c < options.chunks; c++) {
        for (const subject of rotate(subjects, round + pass + c)) {
          const start = clock();
          const done = subject.run(c);
          ms.set(subject.name, ms.get(subject.name)! + (clock() - start));
          ops.set(subject.name, ops.get(subject.name)! + done);
        }
      }
    }
    for (const s of subjects) rates[s.name]!.push((ops.get(s.name)! * 1000) / ms.get(s.name)!);
  }
  return rates;
}

/** Per round, subject's rate divided by the baseline's rate in that same round. */
export function roundRatios(subject: readonly number[], baseline: readonly number[]): number[] {
  return subject.map((value, round) => value / baseline[round]!);
}

/** Runs async tasks in alternating order, `rounds` times each; samples by task name. */
export async function alternate<T>(
  tasks: ReadonlyArray<{ name: string; run: () => Promise<T> }>,
  rounds: number,
): Promise<Record<string, T[]>> {
  const samples: Record<string, T[]> = Object.fromEntries(tasks.map((t) => [t.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const task of rotate(tasks, round)) samples[task.name]!.push(await task.run());
  }
  return samples;
}

/** The list starting at index `by` (mod length), wrapping around. */
export function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** Milliseconds since `start` (a performance.now() reading). */
export function since(start: number): number {
  return performance.now() - start;
}
