// asyncio.gather, executor.submit and Pool.map, side by side in TypeScript.
import { createPool, map, now, sleep } from "lab";

// asyncio: await asyncio.gather(*(fetch(u) for u in urls))
const fetchLike = async (name: string) => {
  await sleep(300);
  return `data from ${name}`;
};
let t = now();
const gathered = await Promise.all(["a", "b", "c"].map(fetchLike));
console.log(gathered, `${Math.round(now() - t)} ms`);

// concurrent.futures: future = executor.submit(fn, x); future.result()
const pool = createPool(2);
t = now();
const future = pool.submit((x: number) => x * x, 12);
console.log(`submit -> ${await future}`, `${Math.round(now() - t)} ms`);
pool.close();

// multiprocessing: pool.map(fn, items)
t = now();
const cubes = await map((x: number) => x ** 3, [1, 2, 3, 4, 5], { on: "pool" });
console.log(`map -> ${cubes.join(", ")}`, `${Math.round(now() - t)} ms`);
