// Exercise: give up on slow sites, and cancel what you gave up on.
// A site that has not answered within `limitMs` counts as down. This version
// stops waiting in time, but the request itself runs on to the end.
import { now, simulatedFetch, sleep } from "lab";

// Twelve simulated sites: most answer within 50–400 ms, the two "down" ones fail after 1 s.
const sites = "shop blog api status docs forum old-down cdn mail app pay down"
  .split(" ")
  .map((name) => `https://${name}.example.com`);

type FetchSite = (url: string, options?: { signal?: AbortSignal }) => Promise<unknown>;

// `fetchSite` is a parameter so that Check can watch the requests.
export async function isUp(
  site: string,
  limitMs: number,
  fetchSite: FetchSite = simulatedFetch,
): Promise<boolean> {
  const answered = fetchSite(site).then(
    () => true,
    () => false,
  );
  const timedOut = sleep(limitMs).then(() => false);
  // TODO: the race is decided after limitMs, but a slow request keeps going
  // (and keeps its connection) until it ends by itself. Cancel it instead:
  // pass fetchSite a signal that aborts after limitMs.
  return Promise.race([answered, timedOut]);
}

const t0 = now();
const verdicts = await Promise.all(sites.map((site) => isUp(site, 250)));
sites.forEach((site, i) => console.log(`${verdicts[i] ? "up  " : "DOWN"} ${site}`));
console.log(`verdicts after ${Math.round(now() - t0)} ms (should be about 250)`);
