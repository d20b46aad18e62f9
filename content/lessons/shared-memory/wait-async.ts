// Atomics.wait would freeze the page, so the main thread may not call it.
// Atomics.waitAsync waits for the same notify, with a promise.
import { createPool, now, spin } from "lab";

const flag = new Int32Array(new SharedArrayBuffer(4));

try {
  Atomics.wait(flag, 0, 0, 10);
} catch (error) {
  console.log(`Atomics.wait on the main thread: ${(error as Error).name}`);
}

// A worker does 200 ms of work, then sets the flag and wakes whoever waits on it.
const pool = createPool(1);
const t0 = now();
const worker = pool.submit((shared: Int32Array) => {
  spin(200);
  Atomics.store(shared, 0, 1);
  Atomics.notify(shared, 0);
}, flag);

if (typeof Atomics.waitAsync === "function") {
  const wait = Atomics.waitAsync(flag, 0, 0); // wait while slot 0 still holds 0
  console.log(`waitAsync returned at once, with a promise: ${String(wait.async)}`);
  console.log(`woken with "${await wait.value}" after ${Math.round(now() - t0)} ms`);
} else {
  console.log("Atomics.waitAsync is missing in this browser");
}
await worker;
pool.close();
