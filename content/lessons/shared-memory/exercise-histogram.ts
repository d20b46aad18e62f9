// Exercise: a histogram without lost counts, and fast.
// Four workers each draw 2,500,000 pseudo-random numbers in [0, 1) and count
// them into 10 shared buckets. The total should be exactly 10,000,000.
import { createPool, now } from "lab";

export async function histogram(): Promise<number[]> {
  const shared = new SharedArrayBuffer(10 * 4);
  const pool = createPool(4);
  await Promise.all(
    [1, 2, 3, 4].map((seed) =>
      pool.submit(
        (buffer: SharedArrayBuffer, seed: number) => {
          const counts = new Int32Array(buffer);
          let x = seed;
          for (let i = 0; i < 2_500_000; i++) {
            x = (Math.imul(x, 1664525) + 1013904223) >>> 0; // next number
            const bucket = Math.floor((x / 2 ** 32) * 10);
            // TODO: four workers do this to the same ten integers at once,
            // and some counts are lost. Make every count right without
            // making the workers wait for each other all the time.
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

const t0 = now();
const counts = await histogram();
console.log(`in ${Math.round(now() - t0)} ms:`);
counts.forEach((c, i) => console.log(`0.${i}: ${"#".repeat(Math.round(c / 25_000))} ${c}`));
console.log(`total: ${counts.reduce((a, b) => a + b, 0)} (expected 10000000)`);
