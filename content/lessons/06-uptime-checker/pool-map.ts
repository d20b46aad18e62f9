// The multiprocessing version: one `map` over the list. Where it runs is
// the "Run on" choice; the Workers setting is the pool size.
import { map, now } from "lab";
import { check, report, sites } from "#sites";

const t0 = now();
const results = await map(check, sites);
report(results, t0);
