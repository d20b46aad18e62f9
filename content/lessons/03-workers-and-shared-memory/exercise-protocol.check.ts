import { defineChecks } from "looplab/check";
import type { Job, Reply } from "./exercise-protocol/shared.ts";

interface Collected {
  replies: Map<number, Reply>;
  thrown: string[];
}

interface Learner {
  collected: Collected;
  startWorker(): Worker;
}

/** main.ts's jobs, and jobs a worker has not seen, with ids out of order; null: an error. */
const MAIN_JOBS: [Job, number | null][] = [
  [{ id: 1, n: 10 }, 4],
  [{ id: 2, n: 100 }, 25],
  [{ id: 3, n: -5 }, null],
  [{ id: 4, n: 1000 }, 168],
];
const NEW_JOBS: [Job, number | null][] = [
  [{ id: 40, n: 20 }, 8],
  [{ id: 7, n: 2.5 }, null],
  [{ id: 23, n: 2 }, 0],
  [{ id: 41, n: 50 }, 15],
];

/** What is wrong with the replies to `jobs`, in a sentence, or undefined if nothing is. */
function problem(jobs: [Job, number | null][], { replies, thrown }: Collected): string | undefined {
  const ids = new Set(jobs.map(([job]) => job.id));
  const stray = [...replies.keys()].find((id) => !ids.has(id));
  if (stray !== undefined)
    return `a reply came with id ${stray}, which no job has: answer with the id of the job the message carried.`;
  for (const [{ id, n }, expected] of jobs) {
    const reply = replies.get(id);
    const job = `job ${id} (n = ${n})`;
    if (!reply && thrown.length)
      return `${job} got no reply: the worker threw "${thrown[0]?.replace(/^Uncaught /, "")}", which reached main.ts as an error event that does not say which job it was. Catch the error in the worker and reply { id, error } instead.`;
    if (!reply)
      return `${job} got no reply within three seconds: the worker must answer every message it receives.`;
    if (expected === null) {
      if (!("error" in reply) || !reply.error)
        return `${job}: countPrimes throws for this n, so the reply should be { id, error } with the error's message, got ${JSON.stringify(reply)}.`;
    } else if ("error" in reply) {
      return `${job}: expected the result ${expected}, got the error "${reply.error}".`;
    } else if (reply.result !== expected) {
      return `${job}: expected the result ${expected}, got ${JSON.stringify(reply.result)}.`;
    }
  }
  return undefined;
}

/** The check's own conversation with a worker: every job at once, three seconds for the replies. */
function ask(worker: Worker, jobs: readonly Job[]): Promise<Collected> {
  const collected: Collected = { replies: new Map(), thrown: [] };
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(collected), 3000);
    worker.addEventListener("message", (event: MessageEvent<Reply>) => {
      collected.replies.set(event.data.id, event.data);
      if (jobs.every((job) => collected.replies.has(job.id))) {
        clearTimeout(timer);
        resolve(collected);
      }
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      collected.thrown.push(event.message);
    });
    for (const job of jobs) worker.postMessage(job);
  });
}

export default defineChecks<Learner>(async (learner, t) => {
  await t.check("main.ts gets the right reply to each of its jobs", () => {
    const wrong = problem(MAIN_JOBS, learner.collected);
    if (wrong) throw new Error(wrong);
  });
  // The check talks to a worker itself: the answers must come from worker.ts, by message.
  await t.check("a worker answers jobs it has not seen before", async () => {
    const worker = learner.startWorker();
    if (!(worker instanceof Worker)) throw new Error("startWorker() must return a Worker.");
    try {
      const wrong = problem(
        NEW_JOBS,
        await ask(
          worker,
          NEW_JOBS.map(([job]) => job),
        ),
      );
      if (wrong) throw new Error(wrong);
    } finally {
      worker.terminate();
    }
  });
});
