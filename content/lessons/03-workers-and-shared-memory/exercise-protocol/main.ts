// The main side of the protocol, given: it sends the worker every job at once
// and collects one reply per job, matched by id. Your part is worker.ts.
import type { Job, Reply } from "./shared.ts";

export function startWorker(): Worker {
  return new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
}

/** What came back for a batch of jobs: the replies by job id, and errors the worker threw. */
export interface Collected {
  replies: Map<number, Reply>;
  thrown: string[];
}

/** Sends every job to `worker`; resolves once each has a reply, or after three seconds. */
export function collect(worker: Worker, jobs: readonly Job[]): Promise<Collected> {
  const collected: Collected = { replies: new Map(), thrown: [] };
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(collected), 3000);
    worker.onmessage = (event: MessageEvent<Reply>) => {
      collected.replies.set(event.data.id, event.data);
      if (jobs.every((job) => collected.replies.has(job.id))) {
        clearTimeout(timer);
        resolve(collected);
      }
    };
    // An error thrown in the worker arrives here, and does not say which job it was.
    worker.onerror = (event) => {
      event.preventDefault();
      collected.thrown.push(event.message);
    };
    for (const job of jobs) worker.postMessage(job);
  });
}

export const jobs: Job[] = [
  { id: 1, n: 10 },
  { id: 2, n: 100 },
  { id: 3, n: -5 },
  { id: 4, n: 1000 },
];

const worker = startWorker();
export const collected = await collect(worker, jobs);
worker.terminate();

for (const job of jobs) {
  const reply = collected.replies.get(job.id);
  const text = !reply ? "no reply" : "error" in reply ? `error: ${reply.error}` : reply.result;
  console.log(`job ${job.id}, n = ${job.n}: ${text}`);
}
for (const message of collected.thrown) console.log(`thrown in the worker: ${message}`);
