// Solution: `limit` async workers share one index into the list; each
// result is stored at its own position, so the order is kept.
import { now, simulatedFetch } from "lab";

const urls = Array.from({ length: 9 }, (_, i) => `https://page${i}.example.org/`);

export async function sizes(list: string[], limit: number): Promise<number[]> {
  const result: number[] = new Array<number>(list.length);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const i = next++; // safe: no await between reading and updating
      result[i] = (await simulatedFetch(list[i]!)).bytes;
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return result;
}

const t0 = now();
const all = await sizes(urls, 3);
console.log(`total: ${all.reduce((a, b) => a + b, 0)} bytes`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
