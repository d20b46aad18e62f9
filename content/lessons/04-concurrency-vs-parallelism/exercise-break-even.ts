// Exercise: find the break-even task size.
// Each of the 16 tasks runs `iterations` loop turns. With tiny tasks the
// pool loses to the main thread; with big ones it wins.
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

// TODO: write `breakEven()` so that it tries iterations = 1_000, 10_000,
// 100_000, ... up to 10_000_000 and returns the first size at which the pool
// is faster than serial. Print the timings as you go.
export async function breakEven(): Promise<number> {
  const serial = await timeIt("serial", 1_000);
  const pool = await timeIt("pool", 1_000);
  console.log({ serial, pool });
  return 1_000;
}

export const found = await breakEven();
console.log(`break-even at about ${found} iterations per task`);
