/** Small statistics helpers for the benchmark: percentiles of samples, medians and spread of runs. */

/** Nearest-rank percentile (p in 0..100) of unsorted samples; null when there are none. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = Float64Array.from(samples).sort();
  return percentileOfSorted(sorted, p);
}

export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.min(n, Math.max(1, Math.ceil((p / 100) * n)));
  return sorted[rank - 1]!;
}

/** Median, minimum and maximum of the runs of one figure (nulls are runs where it was not measured). */
export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  runs: Array<number | null>;
}

export function spread(values: ReadonlyArray<number | null | undefined>): Spread {
  const runs = values.map((v) => (v === undefined || v === null || Number.isNaN(v) ? null : v));
  const present = runs.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (present.length === 0) return { median: null, min: null, max: null, runs };
  const mid = present.length >> 1;
  const median = present.length % 2 === 1 ? present[mid]! : (present[mid - 1]! + present[mid]!) / 2;
  return { median, min: present[0]!, max: present[present.length - 1]!, runs };
}

/** Relative half-range of a spread, e.g. 0.12 for runs within +-12 % of their middle. */
export function relativeSpread(s: Spread): number | null {
  if (s.min === null || s.max === null || s.median === null || s.median === 0) return null;
  return (s.max - s.min) / 2 / Math.abs(s.median);
}
