// Exercise: a shared histogram without lost counts.
// Four workers each draw 500,000 pseudo-random numbers in [0, 1) and count
// them into 10 shared buckets. The total should be exactly 2,000,000.
import { createPool } from "lab";

export async function histogram(): Promise<number[]> {
  const shared = new SharedArrayBuffer(10 * 4);
  const pool = createPool(4);
  await Promise.all(
    [1, 2, 3, 4].map((seed) =>
      pool.submit(
        (buffer: SharedArrayBuffer, seed: number) => {
          const counts = new Int32Array(buffer);
          let x = seed;
          for (let i = 0; i < 500_000; i++) {
            x = (Math.imul(x, 1664525) + 1013904223) >>> 0; // next number
            const bucket = Math.floor((x / 2 ** 32) * 10);
            // TODO: this read-add-write can lose counts when two workers
            // hit the same bucket at once. Make it indivisible.
            counts[bucket]!++;
          }
        },
        shared,
        seed,
      ),
    ),
  );
  pool.close();
  return Array.from(new Int32Array(shared));
}

const counts = await histogram();
counts.forEach((c, i) => console.log(`0.${i}: ${"#".repeat(Math.round(c / 5000))} ${c}`));
console.log(`total: ${counts.reduce((a, b) => a + b, 0)} (expected 2000000)`);
