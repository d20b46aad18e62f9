// Note the time of every animation frame for about a second. Halfway
// through, keep the thread busy for 300 ms. When can a frame be drawn?
import { now, sleep, spin } from "lab";

const frames: number[] = [];
function onFrame() {
  frames.push(now());
  frame = requestAnimationFrame(onFrame); // ask for the next frame too
}
let frame = requestAnimationFrame(onFrame);

await sleep(400);
const busyFrom = now();
spin(300); // one long task: the loop cannot reach its rendering step
const busyTo = now();
await sleep(400);
cancelAnimationFrame(frame);

const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
const usual = gaps.toSorted((a, b) => a - b)[gaps.length >> 1] ?? NaN;
console.log(`${frames.length} frames, usually ${usual.toFixed(1)} ms apart`);
console.log(`busy from ${Math.round(busyFrom)} to ${Math.round(busyTo)} ms`);
console.log(`longest gap between frames: ${Math.round(Math.max(...gaps))} ms`);
