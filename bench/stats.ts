// Small statistics for the benchmarks: percentiles, medians and the ratio of paired runs.

/** The nearest-rank percentile (p from 0 to 100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The median of ours[i] / baseline[i] over runs measured side by side: drift on a shared machine moves both
 * runs of a pair alike, so the ratio of each pair is steadier than the ratio of the two medians.
 */
export function pairedRatio(ours: readonly number[], baseline: readonly number[]): number {
  const n = Math.min(ours.length, baseline.length);
  return median(Array.from({ length: n }, (_, i) => ours[i] / baseline[i]));
}

/** A figure with about three significant digits, without exponent notation. */
export function fmt(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return value.toFixed(Math.min(decimals, 3));
}
