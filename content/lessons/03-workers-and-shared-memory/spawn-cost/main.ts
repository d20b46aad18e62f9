// Start a few workers and time how long each takes to say hello, then time a
// message round trip to a worker that is already running.
import { now } from "lab";

function nextMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve) => {
    worker.addEventListener("message", (e) => resolve(e.data), { once: true });
  });
}

const workers: Worker[] = [];
for (let i = 1; i <= 4; i++) {
  const start = now();
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  await nextMessage(worker); // wait for "ready"
  workers.push(worker);
  console.log(`worker ${i} started in ${(now() - start).toFixed(1)} ms`);
}

// A round trip to a warm worker: one message there, one back.
const echo = workers[0]!;
const trips = 100;
const start = now();
for (let i = 0; i < trips; i++) {
  echo.postMessage(i);
  await nextMessage(echo);
}
console.log(`round trip: ${((now() - start) / trips).toFixed(3)} ms on average`);

for (const worker of workers) worker.terminate();
