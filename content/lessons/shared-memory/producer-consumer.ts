// A producer and a consumer on two workers, passing numbers through a ring
// buffer of 8 slots in shared memory. Each sleeps in Atomics.wait when it
// cannot go on: the producer while the buffer is full, the consumer while it
// is empty. Each wakes the other with Atomics.notify.
import { createPool, now } from "lab";

const SLOTS = 8;
const ITEMS = 20_000;
// Int32 cells: [0] items written so far, [1] items read so far, then the slots.
const shared = new Int32Array(new SharedArrayBuffer((2 + SLOTS) * 4));

const pool = createPool(2); // both must run at the same time
const t0 = now();
const producer = pool.submit(
  (s: Int32Array, items: number, slots: number) => {
    let sleeps = 0;
    for (let written = 0; written < items; written++) {
      let read = Atomics.load(s, 1);
      while (written - read === slots) {
        sleeps++;
        Atomics.wait(s, 1, read, 2000); // sleep while "read" is unchanged
        read = Atomics.load(s, 1);
      }
      s[2 + (written % slots)] = written + 1; // the item: 1, 2, 3, ...
      Atomics.store(s, 0, written + 1); // publish it, after the slot is written
      Atomics.notify(s, 0); // wake the consumer if it sleeps
    }
    return sleeps;
  },
  shared,
  ITEMS,
  SLOTS,
);
const consumer = pool.submit(
  (s: Int32Array, items: number, slots: number) => {
    let sum = 0;
    let sleeps = 0;
    for (let read = 0; read < items; read++) {
      while (Atomics.load(s, 0) === read) {
        sleeps++;
        Atomics.wait(s, 0, read, 2000); // sleep while nothing new is written
      }
      sum += s[2 + (read % slots)]!;
      Atomics.store(s, 1, read + 1); // the slot is free again
      Atomics.notify(s, 1); // wake the producer if it sleeps
    }
    return { sum, sleeps };
  },
  shared,
  ITEMS,
  SLOTS,
);

const [producerSleeps, { sum, sleeps }] = await Promise.all([producer, consumer]);
pool.close();
console.log(`sum of the items: ${sum} (expected ${(ITEMS * (ITEMS + 1)) / 2})`);
console.log(`the producer slept ${producerSleeps} times on a full buffer`);
console.log(`the consumer slept ${sleeps} times on an empty one`);
console.log(`${ITEMS} items in ${Math.round(now() - t0)} ms`);
