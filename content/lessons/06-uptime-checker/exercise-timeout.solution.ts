// Solution: race the request against a timer. Whichever settles first wins;
// a rejection (site down) is caught and also counts as "not up".
import { now, simulatedFetch, sleep } from "lab";

const sites = [
  "https://shop.example.com",
  "https://api.example.net",
  "https://docs.example.dev",
  "https://really-cool-available-domain.invalid",
  "https://news.example.org",
];

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
