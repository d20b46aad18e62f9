// 200 small tasks four ways: on the main thread, one message per item,
// the pool's own batches, and one pool task per chunk of items.
import { hardwareConcurrency, map, now } from "lab";

const items = Array.from({ length: 200 }, (_, i) => i);

function chunk<T>(list: T[], parts: number): T[][] {
  const size = Math.ceil(list.length / parts);
  return Array.from({ length: parts }, (_, p) => list.slice(p * size, (p + 1) * size));
}

// A small piece of work: 40,000 loop turns per item. (The remainder keeps every
// value a small integer, the same on every thread.)
const work = (seed: number): number => {
  let x = seed;
  for (let i = 0; i < 40_000; i++) x = (x * 31 + i) % 1_000_003;
  return x;
};

// Warm up first: start the pool's workers and run `work` once on every thread,
// so that no version below pays for starting workers or for V8 optimising `work`.
await map(work, items, { on: "pool" });
items.forEach(work);

let t = now();
const a = await map(work, items, { on: "serial" });
console.log(`main thread:             ${Math.round(now() - t)} ms`);

t = now();
const b = await map(work, items, { on: "pool", chunksize: 1 });
console.log(`pool, one per message:   ${Math.round(now() - t)} ms`);

t = now();
const c = await map(work, items, { on: "pool" });
console.log(`pool, its own batches:   ${Math.round(now() - t)} ms`);

t = now();
const parts = await map(
  (part: number[]) =>
    part.map((seed) => {
      let x = seed;
      for (let i = 0; i < 40_000; i++) x = (x * 31 + i) % 1_000_003;
      return x;
    }),
  chunk(items, hardwareConcurrency()),
  { on: "pool" },
);
const d = parts.flat();
console.log(`pool, ${parts.length} chunks:          ${Math.round(now() - t)} ms`);

const same = a.every((x, i) => x === b[i] && x === c[i] && x === d[i]);
console.log(`all four agree: ${same}`);
