// A broker in this tab handing jobs to worker tabs over a BroadcastChannel.
// Run "A worker tab" in other tabs of this lesson first; if no tab answers
// within 300 ms, one worker in this tab steps in, so the run always ends.
import { now, simulatedFetch, sleep } from "lab";

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

const sites = "shop blog api status gone.invalid docs forum down cdn mail".split(" ");
const jobs: Job[] = sites.map((name, i) => ({
  id: i + 1,
  site: `https://${name}.example.org`,
  attempt: 0,
}));

// The broker: jobs waiting, jobs handed out, free worker slots, and the result backend.
const waiting = [...jobs];
const handedOut = new Map<number, { job: Job; worker: string; at: number }>();
const freeSlots: string[] = [];
const results = new Map<number, { ok: boolean; worker: string }>();
const sendTo = new Map<string, (job: Job) => void>();
let duplicates = 0;

function give(worker: string, job: Job) {
  job.attempt++;
  handedOut.set(job.id, { job, worker, at: now() });
  sendTo.get(worker)?.({ ...job });
}
function slotFree(worker: string) {
  const job = waiting.shift();
  if (job) give(worker, job);
  else freeSlots.push(worker);
}
function result(worker: string, id: number, ok: boolean) {
  if (results.has(id)) {
    duplicates++;
    console.log(`job ${id}: second result, from ${worker}, ignored`);
    return;
  }
  results.set(id, { ok, worker });
  handedOut.delete(id);
  const queued = waiting.findIndex((job) => job.id === id); // answered late, but first
  if (queued >= 0) waiting.splice(queued, 1);
}

const channel = new BroadcastChannel("looplab-task-queue");
channel.onmessage = (event: MessageEvent<Message>) => {
  const message = event.data;
  if (message.type === "ready") {
    if (!sendTo.has(message.worker)) {
      console.log(`worker ${message.worker} joined`);
      sendTo.set(message.worker, (job) =>
        channel.postMessage({ type: "job", worker: message.worker, job } satisfies Message),
      );
    }
    slotFree(message.worker);
  } else if (message.type === "result") {
    result(message.worker, message.id, message.ok);
  }
};
channel.postMessage({ type: "hello" } satisfies Message);
await sleep(300);

if (sendTo.size === 0) {
  console.log("no worker tab answered: a worker in this tab steps in");
  sendTo.set("this-tab", (job) => {
    void simulatedFetch(job.site)
      .then(
        () => true,
        () => false,
      )
      .then((ok) => {
        result("this-tab", job.id, ok);
        slotFree("this-tab");
      });
  });
  for (let slot = 0; slot < 4; slot++) slotFree("this-tab");
}

// Wait for every result, handing out again what a worker has kept too long.
const t0 = now();
while (results.size < jobs.length) {
  for (const [id, { job, worker, at }] of handedOut) {
    if (now() - at > VISIBILITY_MS) {
      console.log(`job ${id}: no answer from ${worker}, handing it out again`);
      handedOut.delete(id);
      const slot = freeSlots.shift();
      if (slot) give(slot, job);
      else waiting.push(job);
    }
  }
  await sleep(50);
}
await sleep(400); // let a late duplicate arrive before we report
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
