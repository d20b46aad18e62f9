// Solution: a loop with a growing pause between attempts.
import { now, simulatedFetch, sleep } from "lab";

export async function retry<T>(
  job: () => Promise<T>,
  attempts: number,
  baseMs: number,
): Promise<T> {
  let lastError: unknown;
  for (let n = 1; n <= attempts; n++) {
    try {
      return await job();
    } catch (error) {
      lastError = error;
      if (n < attempts) await sleep(baseMs * 2 ** (n - 1));
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
console.log(`total: ${Math.round(now() - t0)} ms (expect about 3600)`);
