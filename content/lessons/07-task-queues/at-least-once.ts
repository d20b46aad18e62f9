// At-least-once delivery in miniature. A broker hands out jobs and keeps each
// one until a worker acknowledges it; a job not acknowledged within
// VISIBILITY_MS is handed out again. One worker crashes mid-job, one is slow.
import { now, simulatedFetch, sleep } from "lab";

const VISIBILITY_MS = 1000;
interface Job {
  id: number;
  site: string;
}
const waiting: Job[] = [1, 2, 3, 4, 5, 6].map((id) => ({ id, site: `https://s${id}.example.com` }));
const handedOut = new Map<number, { job: Job; at: number; worker: string }>();
const results = new Map<number, string>(); // the result backend: first answer wins
let duplicates = 0;

function take(worker: string): Job | undefined {
  const job = waiting.shift();
  if (job) handedOut.set(job.id, { job, at: now(), worker });
  return job;
}

function acknowledge(worker: string, id: number) {
  if (results.has(id)) {
    duplicates++;
    console.log(`job ${id}: second result, from ${worker}, ignored`);
    return;
  }
  results.set(id, worker);
  handedOut.delete(id);
  const queued = waiting.findIndex((job) => job.id === id); // answered late, but first
  if (queued >= 0) waiting.splice(queued, 1);
}

async function worker(name: string, behaviour: "steady" | "crashes" | "slow") {
  let handled = 0;
  while (results.size < 6) {
    const job = take(name);
    if (!job) {
      await sleep(50); // nothing to do right now
      continue;
    }
    await simulatedFetch(job.site);
    handled++;
    if (behaviour === "crashes" && handled === 1) {
      console.log(`${name} crashed during job ${job.id}: no acknowledgement`);
      return;
    }
    if (behaviour === "slow" && handled === 1) await sleep(3000); // long after the timeout
    acknowledge(name, job.id);
  }
}

// The broker's side: give unacknowledged jobs to someone else.
async function redeliver() {
  while (results.size < 6) {
    for (const [id, { job, at, worker }] of handedOut) {
      if (now() - at > VISIBILITY_MS) {
        console.log(
          `job ${id}: no answer from ${worker} in ${VISIBILITY_MS} ms, handing it out again`,
        );
        handedOut.delete(id);
        waiting.push(job);
      }
    }
    await sleep(50);
  }
}

const t0 = now();
await Promise.all([
  worker("steady", "steady"),
  worker("crashy", "crashes"),
  worker("slow", "slow"),
  redeliver(),
]);
for (const [id, by] of [...results].toSorted((a, b) => a[0] - b[0]))
  console.log(`job ${id} done by ${by}`);
console.log(
  `all 6 jobs done in ${Math.round(now() - t0)} ms; duplicate results ignored: ${duplicates}`,
);
