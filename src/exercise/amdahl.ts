/**
 * Amdahl's law: the best speedup on `cores` when a fraction `parallel` of the
 * work can run in parallel and the rest stays serial.
 */
export function amdahl(cores: number, parallel = 1): number {
  const n = Math.max(1, Math.floor(cores));
  const p = Math.min(1, Math.max(0, parallel));
  return 1 / (1 - p + p / n);
}

/** Middle value; the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
