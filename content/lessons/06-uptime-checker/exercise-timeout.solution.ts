// Solution: race the request against a timer. Whichever settles first wins;
// a rejection (site down) is caught and also counts as "not up".
import { now, simulatedFetch, sleep } from "lab";

// Twelve simulated sites: most answer within 50–400 ms, the two "down" ones fail after 1 s.
const sites = "shop blog api status docs forum old-down cdn mail app pay down"
  .split(" ")
  .map((name) => `https://${name}.example.com`);

export async function isUp(site: string, limitMs: number): Promise<boolean> {
  const answered = simulatedFetch(site).then(
    () => true,
    () => false,
  );
  const timedOut = sleep(limitMs).then(() => false);
  return Promise.race([answered, timedOut]);
}

const t0 = now();
const verdicts = await Promise.all(sites.map((site) => isUp(site, 250)));
sites.forEach((site, i) => console.log(`${verdicts[i] ? "up  " : "DOWN"} ${site}`));
console.log(`wall time: ${Math.round(now() - t0)} ms (should be about 250)`);
