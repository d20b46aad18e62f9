// Two limits at once: each check may take at most 300 ms
// (AbortSignal.timeout), and the whole round may be cancelled by the user
// (an AbortController). AbortSignal.any aborts when either one does.
import { now, simulatedFetch } from "lab";
import { sites } from "#sites";

const user = new AbortController(); // wired to a Cancel button in a real page

async function check(site: string): Promise<string> {
  const signal = AbortSignal.any([user.signal, AbortSignal.timeout(300)]);
  try {
    await simulatedFetch(site, { signal });
    return "up";
  } catch (error) {
    const name = (error as Error).name;
    if (name === "TimeoutError") return "too slow (cancelled after 300 ms)";
    if (name === "AbortError") return "cancelled by the user";
    return "down";
  }
}

const t0 = now();
const verdicts = await Promise.all(sites.map(check));
sites.forEach((site, i) => console.log(`${new URL(site).hostname}: ${verdicts[i]}`));
console.log(`round finished at ${Math.round(now() - t0)} ms`);
