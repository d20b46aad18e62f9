// Solution: hand the jobs to `map`. In concurrent mode all four start at
// once, so the four 300 ms waits overlap and only the crunching adds up.
// In pool mode both the waits and the crunching overlap.
import { map, now, sleep } from "lab";

export async function job(id: number): Promise<number> {
  await sleep(300);
  let x = id;
  for (let i = 0; i < 20_000_000; i++) x = (x * 31 + i) | 0;
  return x;
}

const t0 = now();
const results = await map(job, [1, 2, 3, 4]);
console.log(results);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
