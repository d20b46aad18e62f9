// Solution: a loop with a growing, randomised pause between attempts. The
// randomness is what keeps many clients that failed together from all
// retrying together.
import { now, simulatedFetch, sleep } from "lab";

export async function retry<T>(
  job: () => Promise<T>,
  attempts: number,
  baseMs: number,
  random: () => number = Math.random,
): Promise<T> {
  let lastError: unknown;
  for (let n = 1; n <= attempts; n++) {
    try {
      return await job();
    } catch (error) {
      lastError = error;
      if (n < attempts) await sleep(random() * baseMs * 2 ** (n - 1));
    }
  }
  throw lastError;
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
