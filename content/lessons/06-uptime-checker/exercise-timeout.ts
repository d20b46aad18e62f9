// Exercise: give up on slow sites.
// A real checker does not wait forever: a site that has not answered
// within a time limit counts as down.
import { now, simulatedFetch } from "lab";

// Twelve simulated sites: most answer within 50–400 ms, the two "down" ones fail after 1 s.
const sites = "shop blog api status docs forum old-down cdn mail app pay down"
  .split(" ")
  .map((name) => `https://${name}.example.com`);

// A site counts as up if it answers within `limitMs`.
export async function isUp(site: string, limitMs: number): Promise<boolean> {
  const started = now();
  try {
    await simulatedFetch(site);
  } catch {
    return false;
  }
  // TODO: this only notices slowness after the fact, so the checker still
  // waits for the slowest site. Give up as soon as `limitMs` has passed
  // instead. Hint: Promise.race against sleep(limitMs) from "lab".
  return now() - started <= limitMs;
}

const t0 = now();
const verdicts = await Promise.all(sites.map((site) => isUp(site, 250)));
sites.forEach((site, i) => console.log(`${verdicts[i] ? "up  " : "DOWN"} ${site}`));
console.log(`wall time: ${Math.round(now() - t0)} ms (should be about 250)`);
