// Green threads, gevent style: one cheap cooperative task per site, all
// started at once on the main thread. Every await is a switch point.
import { now, simulatedFetch, sleep } from "lab";

const sites = [
  "https://shop.example.com",
  "https://blog.example.org",
  "https://api.example.net",
  "https://status.example.io",
  "https://docs.example.dev",
  "https://forum.example.org",
  "https://cdn.example.net",
  "https://mail.example.com",
  "https://really-cool-available-domain.invalid",
  "https://app.example.io",
  "https://pay.example.com",
  "https://down.example.net",
  "https://news.example.org",
  "https://learn.example.dev",
  "https://jobs.example.com",
  "https://media.example.net",
];

interface Result {
  site: string;
  up: boolean;
  ms: number;
}

// Check one site: a failed request means it is down, so notify the owner.
// Self-contained (only lab helpers inside), so it can also run in a worker.
async function check(site: string): Promise<Result> {
  const start = now();
  let up = true;
  try {
    await simulatedFetch(site);
  } catch {
    up = false;
    console.log(`${site} is DOWN, notifying the owner`);
    await sleep(100); // stands in for sending an e-mail
  }
  return { site, up, ms: Math.round(now() - start) };
}

const t0 = now();
const finished: string[] = [];
const results = await Promise.all(
  sites.map(async (site) => {
    const result = await check(site);
    finished.push(new URL(site).hostname.split(".")[0]!);
    return result;
  }),
);

console.log(`finishing order: ${finished.join(" ")}`);
const down = results.filter((r) => !r.up).length;
console.log(`${results.length} sites checked, ${down} down`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
