/**
 * Order statistics for latency samples. Percentiles are nearest-rank (the
 * smallest sample with at least q of the samples at or below it), so every
 * figure reported is a time that was actually observed.
 */

/** Nearest-rank percentile of an ascending array; q in (0, 1]. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of no samples');
  if (!(q > 0 && q <= 1)) throw new RangeError(`percentile rank ${q} outside (0, 1]`);
  return sorted[Math.ceil(q * sorted.length) - 1]!;
}

export interface Summary {
  count: number;
  medianMs: number;
  p99Ms: number;
  meanMs: number;
  minMs: number;
  maxMs: number;
}

/** Count, median, p99, mean, min and max of durations in ms, rounded to µs. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    medianMs: round(percentile(sorted, 0.5)),
    p99Ms: round(percentile(sorted, 0.99)),
    meanMs: round(sorted.reduce((sum, x) => sum + x, 0) / sorted.length),
    minMs: round(sorted[0]!),
    maxMs: round(sorted.at(-1)!),
  };
}

/** Rounds to `digits` decimals (3 by default: µs for a figure in ms). */
export function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
