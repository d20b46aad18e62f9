// A concurrency-limited promise pool: start every check at once, but let at
// most LIMIT of them run; the others wait for a free slot.
import { now, simulatedFetch, sleep } from "lab";

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

function limit(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    while (active >= max) await new Promise<void>((r) => waiting.push(r));
    active++;
    try {
      return await job();
    } finally {
      active--;
      waiting.shift()?.(); // wake one waiting job, if any
    }
  };
}

const LIMIT = 4;
const run = limit(LIMIT);

const t0 = now();
const results = await Promise.all(sites.map((site) => run(() => check(site))));

const down = results.filter((r) => !r.up).length;
console.log(`${results.length} sites checked, ${down} down`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
