// The same 1.2 s of work, cut into 20 ms slices. Between slices we give
// the event loop a turn, so the page stays responsive.
import { now, sleep, spin } from "lab";

const TOTAL_MS = 1200;
const SLICE_MS = 20;

const t0 = now();
for (let done = 0; done < TOTAL_MS; done += SLICE_MS) {
  spin(SLICE_MS);
  await sleep(0); // yield: pending input, rendering and timers run here
}
console.log(`wall time: ${Math.round(now() - t0)} ms`);
