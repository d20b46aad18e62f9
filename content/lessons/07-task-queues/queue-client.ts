// A broker, a result backend and a producer in this tab. Workers are other
// tabs running "A worker tab"; if none answers within 300 ms, three
// simulated workers in this tab stand in (one slow, one that crashes).
import { now, simulatedFetch, sleep } from "lab";

const MAX_ATTEMPTS = 3; // a failed check is retried twice, with back-off
const VISIBILITY_MS = 1500; // a job not acknowledged in time is handed out again

interface Job {
  id: number;
  site: string;
  attempt: number;
}
type Message =
  | { type: "hello" }
  | { type: "ready"; worker: string }
  | { type: "job"; worker: string; job: Job }
  | { type: "result"; worker: string; id: number; ok: boolean };

const sites = [
  "https://shop.example.com",
  "https://blog.example.org",
  "https://api.example.net",
  "https://status.example.io",
  "https://really-cool-available-domain.invalid",
  "https://docs.example.dev",
  "https://forum.example.org",
  "https://down.example.net",
  "https://cdn.example.net",
  "https://mail.example.com",
];

// The broker: jobs waiting, jobs handed out but not acknowledged yet,
// idle workers, and how to reach each worker.
const jobs: Job[] = sites.map((site, i) => ({ id: i + 1, site, attempt: 0 }));
let queue: Job[] = [...jobs];
const unacked = new Map<number, { job: Job; worker: string; since: number }>();
const idle: string[] = [];
const deliver = new Map<string, (job: Job) => void>();

// The result backend: where the producer finds finished jobs.
const results = new Map<number, { ok: boolean; worker: string }>();
let duplicates = 0;

function give(worker: string, job: Job) {
  job.attempt++;
  unacked.set(job.id, { job, worker, since: now() });
  deliver.get(worker)?.({ ...job });
}

function enqueue(job: Job) {
  const worker = idle.shift();
  if (worker) give(worker, job);
  else queue.push(job);
}

function ready(worker: string) {
  const job = queue.shift();
  if (job) give(worker, job);
  else idle.push(worker); // one entry per free slot of that worker
}

function result(worker: string, id: number, ok: boolean) {
  if (results.has(id)) {
    duplicates++;
    console.log(`job ${id}: second result, from ${worker}, ignored`);
    return;
  }
  const entry = unacked.get(id);
  if (!entry) {
    // A late answer for a job that is waiting to be handed out again.
    if (ok) {
      results.set(id, { ok, worker });
      queue = queue.filter((job) => job.id !== id);
    }
    return;
  }
  unacked.delete(id);
  if (!ok && entry.job.attempt < MAX_ATTEMPTS) {
    const backoff = 200 * 2 ** (entry.job.attempt - 1);
    console.log(`job ${id} failed on ${worker}: retry in ${backoff} ms`);
    void sleep(backoff).then(() => enqueue(entry.job));
    return;
  }
  results.set(id, { ok, worker });
}

// Remote workers: other tabs, reached through a BroadcastChannel.
const channel = new BroadcastChannel("looplab-task-queue");
channel.onmessage = (event: MessageEvent<Message>) => {
  const message = event.data;
  if (message.type === "ready") {
    if (!deliver.has(message.worker)) {
      console.log(`worker ${message.worker} joined`);
      deliver.set(message.worker, (job) =>
        channel.postMessage({ type: "job", worker: message.worker, job }),
      );
    }
    ready(message.worker);
  } else if (message.type === "result") {
    result(message.worker, message.id, message.ok);
  }
};
channel.postMessage({ type: "hello" } satisfies Message);
await sleep(300);

// Nobody answered: start simulated workers in this tab instead.
function localWorker(name: string) {
  let handled = 0;
  deliver.set(name, (job) => {
    handled++;
    void (async () => {
      let ok = true;
      try {
        await simulatedFetch(job.site);
      } catch {
        ok = false;
      }
      if (name === "sim-crashy" && handled === 2) {
        console.log(`${name} crashed during job ${job.id} and restarts`);
        await sleep(200);
        ready(name); // the job itself is lost: no result is ever sent
        return;
      }
      if (name === "sim-slow" && handled === 1) {
        await sleep(2500); // answers long after the visibility timeout
      }
      result(name, job.id, ok);
      ready(name);
    })();
  });
  ready(name);
}
if (deliver.size === 0) {
  console.log("no worker tabs answered: using 3 simulated workers");
  for (const name of ["sim-steady", "sim-slow", "sim-crashy"]) localWorker(name);
}

// The producer waits for every result; meanwhile the broker re-queues jobs
// whose worker has gone quiet for too long (at-least-once delivery).
const t0 = now();
while (results.size < jobs.length) {
  for (const [id, entry] of unacked) {
    if (now() - entry.since > VISIBILITY_MS) {
      unacked.delete(id);
      console.log(`job ${id}: no answer from ${entry.worker}, handing it out again`);
      enqueue(entry.job);
    }
  }
  await sleep(50);
}
await sleep(400); // let any late duplicate arrive before we report
channel.close();

console.table(
  jobs.map((job) => ({
    site: job.site,
    status: results.get(job.id)?.ok ? "up" : "DOWN",
    "handed out": job.attempt,
    "answered by": results.get(job.id)?.worker,
  })),
);
console.log(`all ${jobs.length} jobs done in ${Math.round(now() - t0)} ms`);
console.log(`duplicate results ignored: ${duplicates}`);
