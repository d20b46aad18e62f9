// Solution: hand the jobs to `map`. In concurrent mode all four start at
// once, so the four 300 ms waits overlap and only the crunching adds up.
// In pool mode both the waits and the crunching overlap.
import { map, now, sleep } from "lab";

export async function job(id: number): Promise<number> {
  await sleep(300);
  let x = id;
  for (let i = 0; i < 10_000_000; i++) x = (x * 31 + i) | 0;
  return x;
}

export async function runJobs(ids: number[]): Promise<number[]> {
  return map(job, ids);
}

const t0 = now();
console.log(await runJobs([1, 2, 3, 4]));
console.log(`wall time: ${Math.round(now() - t0)} ms`);
