// Step 2: the same work as a function applied with `map`.
// Step 3: pick where `map` runs with the "Run on" select. Nothing else changes.
import { map, now, simulatedFetch } from "lab";

const sites = [
  "news.example.com",
  "search.example.org",
  "mail.example.net",
  "video.example.com",
  "shop.example.co.uk",
  "maps.example.org",
  "wiki.example.org",
  "weather.example.net",
  "sports.example.com",
  "music.example.fm",
  "photos.example.net",
  "books.example.org",
  "docs.example.com",
  "travel.example.fr",
  "food.example.de",
  "games.example.io",
];

// Self-contained, so it can also run in a worker.
async function siteSize(site: string): Promise<number> {
  const response = await simulatedFetch(`https://${site}/`);
  return response.bytes;
}

const t0 = now();
const sizes = await map(siteSize, sites);
const results = sites.map((site, i): [string, number] => [site, sizes[i]!]);
const total = sizes.reduce((sum, bytes) => sum + bytes, 0);

console.log(`Total size is ${total}`);
for (const [site, bytes] of results.toSorted((a, b) => a[1] - b[1])) {
  console.log(`${site} - ${bytes}`);
}
console.log(`wall time: ${Math.round(now() - t0)} ms`);
