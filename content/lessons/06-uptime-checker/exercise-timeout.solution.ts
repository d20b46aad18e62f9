// Solution: AbortSignal.timeout(limitMs) aborts the request itself when the
// time is up. The fetch then rejects (with a TimeoutError), which counts as
// "not up", and nothing is left running.
import { now, simulatedFetch } from "lab";

// Twelve simulated sites: most answer within 50–400 ms, the two "down" ones fail after 1 s.
const sites = "shop blog api status docs forum old-down cdn mail app pay down"
  .split(" ")
  .map((name) => `https://${name}.example.com`);

type FetchSite = (url: string, options?: { signal?: AbortSignal }) => Promise<unknown>;

export async function isUp(
  site: string,
  limitMs: number,
  fetchSite: FetchSite = simulatedFetch,
): Promise<boolean> {
  try {
    await fetchSite(site, { signal: AbortSignal.timeout(limitMs) });
    return true;
  } catch {
    return false; // down, or cancelled because it was too slow
  }
}

const t0 = now();
const verdicts = await Promise.all(sites.map((site) => isUp(site, 250)));
sites.forEach((site, i) => console.log(`${verdicts[i] ? "up  " : "DOWN"} ${site}`));
console.log(`verdicts after ${Math.round(now() - t0)} ms (should be about 250)`);
