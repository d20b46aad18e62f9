// Send 32 MB to a worker twice: once copied (structured clone), once
// transferred (ownership moves, nothing is copied).
import { now } from "lab";

const MB = 32;
// The worker replies with the size of what it received.
const source = `self.onmessage = (e) => self.postMessage(e.data.byteLength);`;
const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
const worker = new Worker(url);

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

await send(false); // warm-up round, not counted
const cloned: number[] = [];
const moved: number[] = [];
for (let i = 0; i < 3; i++) {
  cloned.push(await send(false));
  moved.push(await send(true));
}
const best = (xs: number[]) => Math.min(...xs).toFixed(2);
console.log(`best of 3: clone ${best(cloned)} ms, transfer ${best(moved)} ms`);

worker.terminate();
URL.revokeObjectURL(url);
