// Six jobs that each fetch a page and then sleep for a second, like a polite
// scraper. Run them one after another, then in the other two modes.
import { map, now, simulatedFetch, sleep, threadName } from "lab";

const endpoints = ["posts", "comments", "albums", "photos", "todos", "users"].map(
  (name) => `https://api.example.org/${name}`,
);

async function fetchThenSleep(url: string): Promise<number> {
  const response = await simulatedFetch(url);
  await sleep(1000); // waiting, not working: the thread is free
  console.log(`${url} on ${threadName()}: ${response.bytes} bytes`);
  return response.bytes;
}

const t0 = now();
const sizes = await map(fetchThenSleep, endpoints);
const total = sizes.reduce((a, b) => a + b, 0);
console.log(`${sizes.length} endpoints, ${total} bytes`);
console.log(`wall time: ${Math.round(now() - t0)} ms (the sleeps alone add up to 6000 ms)`);
