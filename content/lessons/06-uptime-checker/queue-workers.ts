// A queue of sites drained by N async workers: the shape of a thread pool
// reading from queue.Queue, built from plain async functions.
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

const WORKERS = 4;
const queue = [...sites];
const results: Result[] = [];

async function worker(name: string) {
  // Take the next site until none are left. shift() and push() cannot be
  // interrupted: on one thread, only an await lets another worker run.
  for (let site = queue.shift(); site !== undefined; site = queue.shift()) {
    const result = await check(site);
    results.push(result);
    console.log(`${name} checked ${site} in ${result.ms} ms`);
  }
}

const t0 = now();
await Promise.all(Array.from({ length: WORKERS }, (_, i) => worker(`worker ${i + 1}`)));

const down = results.filter((r) => !r.up).length;
console.log(`${results.length} sites checked, ${down} down`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
