// Solution: serial waits five times in a row; concurrent starts all five
// waits at once; a pool of five or more workers also overlaps them, plus a
// little time to start the workers. (With fewer workers than tasks, some
// tasks wait for a free worker: 4 workers give about 800 ms.)
import { map, now, sleep } from "lab";

export const predictedMs = { serial: 2000, concurrent: 400, pool: 450 };

const t0 = now();
await map(() => sleep(400), [1, 2, 3, 4, 5]);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
console.log("your predictions:", predictedMs);
