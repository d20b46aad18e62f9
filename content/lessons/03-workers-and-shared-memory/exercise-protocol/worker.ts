// The worker's side of the protocol: answer every Job with one Reply.
import type { Job, Reply } from "./shared.ts";

/** Sends a reply to main.ts: a message of the wrong shape is a type error here. */
function reply(message: Reply): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<Job>) => {
  const job = event.data;
  // TODO: reply with the job's id and countPrimes(job.n) as the result (import
  // countPrimes from "./shared.ts"). Where countPrimes throws, reply with the id
  // and the error's message instead.
  reply({ id: job.id, error: "not written yet" });
};
