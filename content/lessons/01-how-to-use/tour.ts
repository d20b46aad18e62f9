// Four tasks. Each waits 200 ms (like a download), then computes for
// 150 ms (like parsing the result). Try every "Run on" choice, then Compare.
import { map, now, sleep, spin, threadName } from "lab";

const t0 = now();
const results = await map(
  async (task: number) => {
    await sleep(200); // waiting: the thread is free meanwhile
    spin(150); // computing: the thread is busy
    return `task ${task} finished on ${threadName()} at ${Math.round(now())} ms`;
  },
  [1, 2, 3, 4],
);

for (const line of results) console.log(line);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
