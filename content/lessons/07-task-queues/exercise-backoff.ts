// Exercise: retry with exponential back-off and jitter.
import { now, simulatedFetch, sleep } from "lab";

// TODO: call `job` up to `attempts` times. After the n-th failure, wait a
// random time between 0 and baseMs * 2 ** (n - 1) ms ("full jitter": take
// random() times that back-off) before trying again. Resolve with the first
// success; if every attempt fails, reject with the last error.
export async function retry<T>(
  job: () => Promise<T>,
  attempts: number,
  baseMs: number,
  random: () => number = Math.random,
): Promise<T> {
  console.log(`(not retrying yet: ${attempts} attempts, ${baseMs} ms base, ${random()} drawn)`);
  await sleep(0);
  return job();
}

const t0 = now();
try {
  await retry(
    () => {
      console.log(`attempt at ${Math.round(now() - t0)} ms`);
      return simulatedFetch("https://down.example.net");
    },
    3,
    200,
  );
} catch (error) {
  console.log(`gave up: ${(error as Error).message}`);
}
console.log(
  `total: ${Math.round(now() - t0)} ms (3 attempts of 1 s, plus up to 600 ms of waiting)`,
);
