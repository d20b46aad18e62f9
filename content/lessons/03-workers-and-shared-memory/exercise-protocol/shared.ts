// The protocol between main.ts and worker.ts. Both import these types, so a
// message of the wrong shape is a type error on either side.

/** What main.ts sends: count the primes below `n`. */
export interface Job {
  id: number;
  n: number;
}

/** What the worker sends back, once per job, with that job's id: a result or an error. */
export type Reply = { id: number; result: number } | { id: number; error: string };

/** The number of primes below `n`; throws a RangeError unless `n` is a whole number ≥ 0. */
export function countPrimes(n: number): number {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  }
  let count = 0;
  for (let k = 2; k < n; k++) {
    let prime = true;
    for (let d = 2; d * d <= k && prime; d++) prime = k % d !== 0;
    if (prime) count++;
  }
  return count;
}
