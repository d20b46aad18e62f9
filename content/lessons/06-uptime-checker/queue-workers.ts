// A queue of sites drained by N async workers: the shape of a thread pool
// reading from queue.Queue, built from plain async functions.
import { now } from "lab";
import { check, report, sites, type Result } from "#sites";

const WORKERS = 4;
const queue = [...sites];
const results: Result[] = [];

async function worker(name: string) {
  // Take the next site until none are left. shift() and push() cannot be
  // interrupted: on one thread, only an await lets another worker run.
  for (let site = queue.shift(); site !== undefined; site = queue.shift()) {
    const result = await check(site);
    results.push(result);
    console.log(`${name} checked ${site} in ${result.ms} ms`);
  }
}

const t0 = now();
await Promise.all(Array.from({ length: WORKERS }, (_, i) => worker(`worker ${i + 1}`)));
report(results, t0);
