// Results in the order they finish, like concurrent.futures.as_completed:
// an async generator yields each result as soon as it is there, and
// `for await` consumes them one by one.
import { now, simulatedFetch } from "lab";
import { sites } from "#sites";

async function* asCompleted<T>(promises: Promise<T>[]): AsyncGenerator<T> {
  const pending = new Map(promises.map((p, i) => [i, p.then((value) => ({ i, value }))]));
  while (pending.size > 0) {
    const { i, value } = await Promise.race(pending.values());
    pending.delete(i);
    yield value;
  }
}

const t0 = now();
const checks = sites.map(async (site) => {
  const response = await simulatedFetch(site);
  return `${new URL(site).hostname} answered in ${response.ms} ms`;
});

let shown = 0;
for await (const line of asCompleted(checks)) {
  console.log(`at ${Math.round(now() - t0)} ms: ${line}`);
  if (++shown === 3) break; // the three fastest are all we need
}
console.log(`stopped reading after ${shown} results, at ${Math.round(now() - t0)} ms`);
