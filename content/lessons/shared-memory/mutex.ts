// A tiny lock built from Atomics. Slot 0 of the shared array is the lock
// (0 = free, 1 = taken); slots 1 and 2 are two balances that must always
// add up to 1000; slot 3 is a starting line, so the workers overlap.
// Workers move money between the balances inside the lock.
import { createPool, now } from "lab";

const WORKERS = 4;
const MOVES = 20_000;

const shared = new SharedArrayBuffer(4 * 4);
const state = new Int32Array(shared);
state[1] = 500;
state[2] = 500;

const pool = createPool(WORKERS);
const start = now();
const waits = await Promise.all(
  Array.from({ length: WORKERS }, (_, w) =>
    pool.submit(
      (buffer: SharedArrayBuffer, moves: number, direction: number) => {
        const s = new Int32Array(buffer);
        Atomics.add(s, 3, 1);
        const giveUp = Date.now() + 100;
        while (Atomics.load(s, 3) < 4 && Date.now() < giveUp);
        let waited = 0;
        const lock = () => {
          // Take the lock if it is free (0 -> 1); otherwise sleep until
          // someone changes slot 0, then try again.
          while (Atomics.compareExchange(s, 0, 0, 1) !== 0) {
            waited++;
            Atomics.wait(s, 0, 1);
          }
        };
        const unlock = () => {
          Atomics.store(s, 0, 0);
          Atomics.notify(s, 0, 1); // wake one sleeping worker, if any
        };
        for (let i = 0; i < moves; i++) {
          lock();
          // Critical section: plain reads and writes are safe in here.
          s[1] = s[1]! - direction;
          s[2] = s[2]! + direction;
          unlock();
        }
        return waited;
      },
      shared,
      MOVES,
      w % 2 === 0 ? 1 : -1,
    ),
  ),
);
pool.close();

console.log(`balances: ${state[1]} + ${state[2]} = ${state[1] + state[2]}`);
console.log(`times a worker had to wait for the lock: ${waits.join(", ")}`);
console.log(`${WORKERS * MOVES} locked moves in ${Math.round(now() - start)} ms`);
