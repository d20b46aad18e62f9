/**
 * One clock for every thread: `performance.now()` counts from each thread's own time origin,
 * so runs exchange absolute times (origin + now) and subtract the run's absolute start.
 */
export function absoluteNow(): number {
  return performance.timeOrigin + performance.now();
}

export function runClock(start: number): () => number {
  return () => absoluteNow() - start;
}
