// Solution: one reply per job, always with the job's id. An error is caught
// and sent as a reply: thrown, it would reach main.ts as an error event that
// does not say which job failed.
import { countPrimes, type Job, type Reply } from "./shared.ts";

/** Sends a reply to main.ts: a message of the wrong shape is a type error here. */
function reply(message: Reply): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<Job>) => {
  const { id, n } = event.data;
  try {
    reply({ id, result: countPrimes(n) });
  } catch (error) {
    reply({ id, error: (error as Error).message });
  }
};
