// Exercise: translate from Python.
//
//   from concurrent.futures import ThreadPoolExecutor
//
//   def size(url):
//       return len(fetch(url))
//
//   with ThreadPoolExecutor(max_workers=3) as ex:
//       sizes = list(ex.map(size, urls))
//   print(sum(sizes))
//
// Write the TypeScript version: at most 3 downloads in flight at once, on
// the main thread, results in input order.
import { now, simulatedFetch } from "lab";

const urls = Array.from({ length: 9 }, (_, i) => `https://page${i}.example.org/`);

// TODO: replace this serial loop with a version that keeps up to `limit`
// downloads in flight, and return the sizes in the order of `list`.
export async function sizes(list: string[], limit: number): Promise<number[]> {
  console.log(`limit ${limit} is ignored for now`);
  const result: number[] = [];
  for (const url of list) result.push((await simulatedFetch(url)).bytes);
  return result;
}

const t0 = now();
const all = await sizes(urls, 3);
console.log(`total: ${all.reduce((a, b) => a + b, 0)} bytes`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
