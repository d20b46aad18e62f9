// Futures: submit every check to a pool of 4 workers and get a promise
// (a future) back for each, like executor.submit in concurrent.futures.
import { createPool, now, simulatedFetch, sleep } from "lab";

// Twelve simulated sites: most answer within 50–400 ms, the two "down" ones fail after 1 s.
const sites = "shop blog api status docs forum old-down cdn mail app pay down"
  .split(" ")
  .map((name) => `https://${name}.example.com`);

// Up if it answers; if not, notify the owner (100 ms standing in for an e-mail).
// Self-contained (only lab helpers inside), so it can also run in a worker.
async function check(site: string) {
  const start = now();
  const up = await simulatedFetch(site)
    .then(() => true)
    .catch(() => false);
  if (!up) {
    console.log(`${site} is DOWN, notifying the owner`);
    await sleep(100);
  }
  return { site, up, ms: Math.round(now() - start) };
}

const t0 = now();
const pool = createPool(4);
const futures = sites.map((site) => pool.submit(check, site));

// React to each future as it completes, in completion order.
for (const future of futures) {
  void future.then((r) => {
    if (r.up) console.log(`up after ${r.ms} ms: ${r.site}`);
  });
}

const results = await Promise.all(futures);
pool.close();

const down = results.filter((r) => !r.up).length;
console.log(`${results.length} sites checked, ${down} down`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
