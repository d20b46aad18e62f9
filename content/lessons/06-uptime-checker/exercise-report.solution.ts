// Solution: Promise.all starts every check at once; then sort and pick.
import { now, simulatedFetch } from "lab";

// Twelve simulated sites: most answer within 50–400 ms, the two "down" ones fail after 1 s.
const sites = "shop blog api status docs forum old-down cdn mail app pay down"
  .split(" ")
  .map((name) => `https://${name}.example.com`);

interface Result {
  site: string;
  up: boolean;
  ms: number;
}

async function check(site: string): Promise<Result> {
  const start = now();
  try {
    await simulatedFetch(site);
    return { site, up: true, ms: Math.round(now() - start) };
  } catch {
    return { site, up: false, ms: Math.round(now() - start) };
  }
}

export async function report(): Promise<{ down: string[]; slowest: string }> {
  const results = await Promise.all(sites.map(check));
  const down = results
    .filter((r) => !r.up)
    .map((r) => r.site)
    .toSorted();
  const up = results.filter((r) => r.up).toSorted((a, b) => b.ms - a.ms);
  return { down, slowest: up[0]?.site ?? "none" };
}

console.log(await report());
