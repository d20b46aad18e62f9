// Every approach in one run, with 8 workers / slots each. The serial time
// is not measured (it would take 4 s): it is the sum of the individual
// check times, which is exactly what a loop would take here.
import { createPool, map, now } from "lab";
import { check, sites, type Result } from "#sites";

const N = 8;

async function queueWorkers(): Promise<Result[]> {
  const queue = [...sites];
  const results: Result[] = [];
  const worker = async () => {
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      results.push(await check(s));
    }
  };
  await Promise.all(Array.from({ length: N }, worker));
  return results;
}

async function promisePool(): Promise<Result[]> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return Promise.all(
    sites.map(async (site) => {
      while (active >= N) await new Promise<void>((r) => waiting.push(r));
      active++;
      try {
        return await check(site);
      } finally {
        active--;
        waiting.shift()?.();
      }
    }),
  );
}

async function futures(): Promise<Result[]> {
  const pool = createPool(N);
  const results = await Promise.all(sites.map((s) => pool.submit(check, s)));
  pool.close();
  return results;
}

const approaches: [string, string, () => Promise<Result[]>][] = [
  ["queue + async workers", "threading + Queue", queueWorkers],
  ["promise pool", "ThreadPoolExecutor", promisePool],
  ["futures on worker pool", "ProcessPoolExecutor", futures],
  [
    "map on worker pool",
    "multiprocessing.Pool",
    () => map(check, sites, { on: "pool", workers: N }),
  ],
  ["green threads", "gevent", () => Promise.all(sites.map(check))],
];

const rows: Record<string, string | number>[] = [];
let serialMs = 0;
for (const [name, python, run] of approaches) {
  const t0 = now();
  const results = await run();
  const ms = Math.round(now() - t0);
  // Every approach sees the same check times; keep the last sum.
  serialMs = results.reduce((sum, r) => sum + r.ms, 0);
  rows.push({ approach: name, python, "wall ms": ms });
}
rows.unshift({ approach: "serial (sum of checks)", python: "for loop", "wall ms": serialMs });
for (const row of rows) {
  row["speedup"] = `${(serialMs / Number(row["wall ms"])).toFixed(1)}×`;
}
console.table(rows);
