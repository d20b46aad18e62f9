// Solution: Promise.all starts every check at once; then sort and pick.
import { now, simulatedFetch } from "lab";

const sites = [
  "https://shop.example.com",
  "https://blog.example.org",
  "https://api.example.net",
  "https://really-cool-available-domain.invalid",
  "https://app.example.io",
  "https://down.example.net",
  "https://media.example.net",
];

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
