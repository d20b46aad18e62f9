// Solution: grow the task tenfold until the pool's overhead is repaid.
import { map, now } from "lab";

function task(iterations: number): number {
  let x = 0;
  for (let i = 0; i < iterations; i++) x = (x * 31 + i) | 0;
  return x;
}

export async function timeIt(on: "serial" | "pool", iterations: number): Promise<number> {
  const t0 = now();
  await map(
    task,
    Array.from({ length: 16 }, () => iterations),
    { on },
  );
  return now() - t0;
}

export async function breakEven(): Promise<number> {
  await timeIt("pool", 1); // warm the pool up first so that starting workers is not timed
  for (let iterations = 1_000; iterations <= 10_000_000; iterations *= 10) {
    const serial = await timeIt("serial", iterations);
    const pool = await timeIt("pool", iterations);
    console.log(
      `${iterations} iterations: serial ${serial.toFixed(1)} ms, pool ${pool.toFixed(1)} ms`,
    );
    if (pool < serial) return iterations;
  }
  return Infinity;
}

export const found = await breakEven();
console.log(`break-even at about ${found} iterations per task`);
