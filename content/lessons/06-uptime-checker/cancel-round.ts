// Cancel a round of checks halfway: one AbortController, its signal passed to
// every request. At 200 ms we abort, as a Stop button would.
import { now, simulatedFetch } from "lab";
import { sites } from "#sites";

const controller = new AbortController();
setTimeout(() => controller.abort(), 200);

const t0 = now();
const outcomes = await Promise.allSettled(
  sites.map((site) => simulatedFetch(site, { signal: controller.signal })),
);

const answered = outcomes.filter((o) => o.status === "fulfilled").length;
const reasons = outcomes.flatMap((o) =>
  o.status === "rejected" ? [(o.reason as Error).name] : [],
);
console.log(`${answered} answered before the abort`);
console.log(
  `${reasons.length} were cancelled, each rejected with: ${[...new Set(reasons)].join(", ")}`,
);
console.log(`the round ended at ${Math.round(now() - t0)} ms, not when the slowest would have`);
