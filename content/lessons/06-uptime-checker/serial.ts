// The baseline: check every site, one after another.
import { now } from "lab";
import { check, report, sites, type Result } from "#sites";

const t0 = now();
const results: Result[] = [];
for (const site of sites) results.push(await check(site));
report(results, t0);
