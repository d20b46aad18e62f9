// Send 32 MB to a worker, copied (structured clone) and transferred
// (ownership moves, nothing is copied).
import { now, sleep } from "lab";

const MB = 32;
const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });

function reply(): Promise<number> {
  return new Promise((resolve) => {
    worker.addEventListener("message", (e) => resolve(e.data as number), {
      once: true,
    });
  });
}

async function send(transfer: boolean): Promise<number> {
  const buffer = new ArrayBuffer(MB * 1024 * 1024);
  new Uint8Array(buffer).fill(7); // touch the memory so it really exists
  await sleep(50); // let the browser finish any cleanup before we time
  const start = now();
  worker.postMessage(buffer, transfer ? [buffer] : []);
  const received = await reply();
  const ms = now() - start;
  console.log(
    `${transfer ? "transfer" : "clone   "}: worker got ${received / 1024 / 1024} MB` +
      ` in ${ms.toFixed(2)} ms; here buffer.byteLength is now ${buffer.byteLength}`,
  );
  return ms;
}

await send(true); // warm-up round, not counted
// Transfers first: the copies made by cloning leave garbage behind in the
// worker, and collecting it would slow down whatever is measured next.
const moved: number[] = [];
for (let i = 0; i < 3; i++) moved.push(await send(true));
const cloned: number[] = [];
for (let i = 0; i < 3; i++) cloned.push(await send(false));
const best = (xs: number[]) => Math.min(...xs).toFixed(2);
console.log(`best of 3: clone ${best(cloned)} ms, transfer ${best(moved)} ms`);

worker.terminate();
