// Exercise: a report for the owners.
// Run the checks as green threads, then print the down sites in
// alphabetical order and the slowest site that is up.
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

// TODO: check all sites at once, then return the down sites sorted
// alphabetically and the up site with the largest `ms`.
export async function report(): Promise<{ down: string[]; slowest: string }> {
  const first = await check(sites[0]!);
  return { down: [], slowest: first.site };
}

console.log(await report());
