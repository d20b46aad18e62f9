// 200 small tasks three ways: on the main thread, one pool task per item,
// and one pool task per chunk of items.
import { hardwareConcurrency, map, now } from "lab";

const items = Array.from({ length: 200 }, (_, i) => i);

function chunk<T>(list: T[], parts: number): T[][] {
  const size = Math.ceil(list.length / parts);
  return Array.from({ length: parts }, (_, p) => list.slice(p * size, (p + 1) * size));
}

// A small piece of work: about 40,000 loop turns per item.
const work = (seed: number): number => {
  let x = seed;
  for (let i = 0; i < 40_000; i++) x = (x * 31 + i) | 0;
  return x;
};

// Start the pool's workers first, so that start-up is not timed below.
await map(() => 0, chunk(items, hardwareConcurrency()), { on: "pool" });

let t = now();
const a = await map(work, items, { on: "serial" });
console.log(`main thread:         ${Math.round(now() - t)} ms`);

t = now();
const b = await map(work, items, { on: "pool" });
console.log(`pool, one per item:  ${Math.round(now() - t)} ms`);

t = now();
const parts = await map(
  (part: number[]) =>
    part.map((seed) => {
      let x = seed;
      for (let i = 0; i < 40_000; i++) x = (x * 31 + i) | 0;
      return x;
    }),
  chunk(items, hardwareConcurrency()),
  { on: "pool" },
);
const c = parts.flat();
console.log(`pool, ${parts.length} chunks:      ${Math.round(now() - t)} ms`);

const same = a.every((x, i) => x === b[i] && x === c[i]);
console.log(`all three agree: ${same}`);
