// Green threads, gevent style: one cheap cooperative task per site, all
// started at once on the main thread. Every await is a switch point.
import { now } from "lab";
import { check, report, sites } from "#sites";

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
report(results, t0);
