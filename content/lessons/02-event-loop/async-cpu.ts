// Three async functions that each wait a little and then compute.
// Does Promise.all run them in parallel?
import { now, sleep, spin } from "lab";

async function work(name: string): Promise<string> {
  await sleep(50); // a short wait, like a network call: these overlap
  const start = now();
  spin(400); // 400 ms of CPU work: `async` does not change that
  console.log(`${name} computed from ${Math.round(start)} to ${Math.round(now())} ms`);
  return name;
}

const t0 = now();
await Promise.all([work("a"), work("b"), work("c")]);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
