// What every benchmark returns: figures as data. The orchestrator and the smoke test read
// these; wording for people lives in report.ts.

export interface Baseline {
  label: string;
  value: number;
}

export interface Target {
  /** The goal as the issue states it, e.g. ">= 20x asyncapi-validator". */
  text: string;
  met: boolean;
  /** Which number the target is about. */
  on: "value" | "ratio";
}

export interface Figure {
  /** Stable key, e.g. "validation.mixed.generated". */
  id: string;
  label: string;
  value: number;
  /** e.g. "payloads/s", "ms", "events/s". */
  unit: string;
  baseline?: Baseline;
  /**
   * Subject over baseline, measured in the same process or machine run: value / baseline.value,
   * or the median of per-round ratios when the rounds were interleaved (more robust to noise).
   */
  ratio?: number;
  target?: Target;
}

export interface BenchResult {
  /** File name without extension, e.g. "validation-throughput". */
  name: string;
  title: string;
  /** The sizes and knobs this run used, printed with the figures. */
  config: Record<string, unknown>;
  figures: Figure[];
  /** Caveats and how the figures were obtained, one sentence each. */
  notes: string[];
  /** Why the benchmark measured nothing on this machine (a missing tool); figures then empty. */
  skipped?: string;
}

/** A figure compared with a baseline measured in the same run. */
export function compared(
  fields: Omit<Figure, "baseline" | "ratio">,
  baseline: Baseline,
  ratio: number = fields.value / baseline.value,
): Figure {
  return { ...fields, baseline, ratio };
}
