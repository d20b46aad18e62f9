// A concurrency-limited promise pool: start every check at once, but let at
// most LIMIT of them run; the others wait for a free slot.
import { now } from "lab";
import { check, report, sites } from "#sites";

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
report(results, t0);
