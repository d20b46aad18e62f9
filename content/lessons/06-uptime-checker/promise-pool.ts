// A concurrency-limited promise pool: start every check at once, but let at
// most LIMIT of them run; the others wait for a free slot.
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

function limit(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    while (active >= max) await new Promise<void>((r) => waiting.push(r));
    active++;
    try {
      return await job();
    } finally {
      active--;
      waiting.shift()?.(); // wake one waiting job, if any
    }
  };
}

const LIMIT = 4;
const run = limit(LIMIT);

const t0 = now();
const results = await Promise.all(sites.map((site) => run(() => check(site))));

const down = results.filter((r) => !r.up).length;
console.log(`${results.length} sites checked, ${down} down`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
