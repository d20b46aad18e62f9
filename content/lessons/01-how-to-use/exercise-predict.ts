// Exercise: predict, then measure.
// Five tasks each wait 400 ms and do nothing else.
import { map, now, sleep } from "lab";

// TODO: how long will the whole run take in each mode? Fill in your
// guesses in milliseconds, then run the code in each mode (or press Compare).
export const predictedMs = { serial: 0, concurrent: 0, pool: 0 };

const t0 = now();
await map(() => sleep(400), [1, 2, 3, 4, 5]);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
console.log("your predictions:", predictedMs);
