// Futures: submit every check to a pool of 4 workers and get a promise
// (a future) back for each, like executor.submit in concurrent.futures.
import { createPool, now } from "lab";
import { check, report, sites } from "#sites";

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
report(results, t0);
