// Exercise: retry with exponential back-off.
import { now, simulatedFetch, sleep } from "lab";

// TODO: call `job` up to `attempts` times. After the n-th failure wait
// baseMs * 2 ** (n - 1) ms before trying again. Resolve with the first
// success; if every attempt fails, reject with the last error.
export async function retry<T>(
  job: () => Promise<T>,
  attempts: number,
  baseMs: number,
): Promise<T> {
  console.log(`(not retrying yet: ${attempts} attempts, ${baseMs} ms base)`);
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
console.log(`total: ${Math.round(now() - t0)} ms (expect about 3600)`);
