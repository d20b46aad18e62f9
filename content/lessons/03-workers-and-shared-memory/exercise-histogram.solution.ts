// Solution: Atomics.add does the read, add and write as one step.
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
            x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
            const bucket = Math.floor((x / 2 ** 32) * 10);
            Atomics.add(counts, bucket, 1);
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
