// The baseline: check every site, one after another.
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

type Result = Awaited<ReturnType<typeof check>>;

const t0 = now();
const results: Result[] = [];
for (const site of sites) results.push(await check(site));

const down = results.filter((r) => !r.up).length;
console.log(`${results.length} sites checked, ${down} down`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
