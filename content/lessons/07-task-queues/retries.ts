// Five jobs hit the same broken server at the same moment and retry it.
// With plain exponential back-off they all come back at the same moments;
// with jitter (a random wait up to the back-off) their retries spread out.
import { now, sleep } from "lab";

const BASE_MS = 100;
const ATTEMPTS = 4;

async function attemptTimes(jitter: boolean): Promise<number[]> {
  const t0 = now();
  const times: number[] = [];
  for (let n = 1; n <= ATTEMPTS; n++) {
    times.push(Math.round(now() - t0)); // the attempt (it always fails here)
    if (n === ATTEMPTS) break;
    const backoff = BASE_MS * 2 ** (n - 1); // 100, 200, 400 ms
    await sleep(jitter ? Math.random() * backoff : backoff);
  }
  return times;
}

for (const jitter of [false, true]) {
  console.log(jitter ? "with full jitter:" : "without jitter:");
  const runs = await Promise.all(Array.from({ length: 5 }, () => attemptTimes(jitter)));
  runs.forEach((times, i) => console.log(`  job ${i + 1} tried at ${times.join(", ")} ms`));
}
