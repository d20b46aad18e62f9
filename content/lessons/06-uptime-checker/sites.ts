// The sites and the check that the examples below share: they import them
// with `import { sites, check, report } from "#sites"`. Edit this cell, and
// they use your version.
import { now, simulatedFetch, sleep } from "lab";

// Twelve simulated sites: most answer within 50–400 ms, the two "down" ones fail after 1 s.
export const sites = "shop blog api status docs forum old-down cdn mail app pay down"
  .split(" ")
  .map((name) => `https://${name}.example.com`);

export interface Result {
  site: string;
  up: boolean;
  ms: number;
}

// Up if it answers; if not, notify the owner (100 ms standing in for an e-mail).
// Self-contained (only lab helpers inside), so it can also run in a worker.
export async function check(site: string): Promise<Result> {
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

/** Prints how many sites were checked and how many are down, and the time since `t0`. */
export function report(results: Result[], t0: number): void {
  const down = results.filter((r) => !r.up).length;
  console.log(`${results.length} sites checked, ${down} down`);
  console.log(`wall time: ${Math.round(now() - t0)} ms`);
}
