// Step 1: a plain loop. Fetch each site's front page (simulated), one after
// another, and report the sizes, smallest first, and the total.
import { now, simulatedFetch } from "lab";

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

const t0 = now();
const results: [string, number][] = [];
for (const site of sites) {
  const response = await simulatedFetch(`https://${site}/`);
  results.push([site, response.bytes]);
}
const total = results.reduce((sum, [, bytes]) => sum + bytes, 0);

console.log(`Total size is ${total}`);
for (const [site, bytes] of results.toSorted((a, b) => a[1] - b[1])) {
  console.log(`${site} - ${bytes}`);
}
console.log(`wall time: ${Math.round(now() - t0)} ms`);
