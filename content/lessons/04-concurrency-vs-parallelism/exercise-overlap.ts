// Exercise: overlap the waiting.
// Each job waits 300 ms for a fake server, then crunches numbers for a while.
// Run it as it is and note the wall time.
import { now, sleep } from "lab";

export async function job(id: number): Promise<number> {
  await sleep(300);
  let x = id;
  for (let i = 0; i < 10_000_000; i++) x = (x * 31 + i) | 0;
  return x;
}

// TODO: replace this loop with a call to `map` from "lab" so that, in the
// "Main thread — concurrent" mode, the four waits overlap. Then predict the
// wall time in each of the three modes before you press Compare.
export async function runJobs(ids: number[]): Promise<number[]> {
  const results: number[] = [];
  for (const id of ids) results.push(await job(id));
  return results;
}

const t0 = now();
console.log(await runJobs([1, 2, 3, 4]));
console.log(`wall time: ${Math.round(now() - t0)} ms`);
