// Solution: serial waits five times in a row; concurrent starts all five
// waits at once; the pool overlaps them too, plus a little time to start
// the workers. Even one worker is enough: a worker has its own event loop,
// so while one task waits it accepts the next.
import { map, now, sleep } from "lab";

export const predictedMs = { serial: 2000, concurrent: 400, pool: 450 };

const t0 = now();
await map(() => sleep(400), [1, 2, 3, 4, 5]);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
console.log("your predictions:", predictedMs);
