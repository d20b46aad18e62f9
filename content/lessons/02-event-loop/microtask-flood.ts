// A microtask that queues another microtask, again and again, for 300 ms.
// The loop only moves on when the microtask queue is empty.
import { now } from "lab";

const start = now();
const since = () => Math.round(now() - start);
const timer = new Promise<number>((done) => setTimeout(() => done(since()), 0));
const frame = new Promise<number>((done) => requestAnimationFrame(() => done(since())));

let count = 0;
function again() {
  count++;
  if (now() - start < 300) queueMicrotask(again); // bounded, or the page would hang
}
queueMicrotask(again);

console.log(`the 0 ms timer ran at ${await timer} ms`);
console.log(`${count} microtasks ran before it`);
console.log(`the next frame was drawn at ${await frame} ms`);
