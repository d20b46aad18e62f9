// Exercise: overlap the waiting.
// Each job waits 300 ms for a fake server, then crunches numbers for a while.
// Run it as it is and note the wall time.
import { now, sleep } from "lab";

export async function job(id: number): Promise<number> {
  await sleep(300);
  let x = id;
  for (let i = 0; i < 20_000_000; i++) x = (x * 31 + i) | 0;
  return x;
}

const t0 = now();
const results: number[] = [];
// TODO: replace this loop with a call to `map` from "lab" so that, in the
// "Main thread — concurrent" mode, the four waits overlap. Then predict the
// wall time in each of the three modes before you press Compare.
for (const id of [1, 2, 3, 4]) {
  results.push(await job(id));
}
console.log(results);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
