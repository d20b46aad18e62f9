// A worker tab. Open this lesson in a second tab, run this playground there,
// then come back and run "A broker with workers in other tabs" here.
// It takes jobs until it has been idle for IDLE_MS.
import { now, simulatedFetch, sleep } from "lab";

const IDLE_MS = 6000; // raise it to keep this tab working longer
const SLOTS = 4; // jobs this tab works on at once, like celery --concurrency

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

const me = `tab-${Math.floor(1000 + Math.random() * 9000)}`;
const channel = new BroadcastChannel("looplab-task-queue");
const send = (message: Message) => channel.postMessage(message);
let lastActivity = now();
let done = 0;

async function work(job: Job) {
  console.log(`job ${job.id}: ${job.site} (attempt ${job.attempt})`);
  let ok = true;
  try {
    await simulatedFetch(job.site);
  } catch {
    ok = false;
  }
  done++;
  lastActivity = now();
  send({ type: "result", worker: me, id: job.id, ok });
  send({ type: "ready", worker: me }); // ask for the next job
}

channel.onmessage = (event: MessageEvent<Message>) => {
  const message = event.data;
  if (message.type === "hello") {
    // A broker is looking for workers: offer one "ready" per free slot.
    lastActivity = now();
    for (let slot = 0; slot < SLOTS; slot++) send({ type: "ready", worker: me });
  } else if (message.type === "job" && message.worker === me) {
    lastActivity = now();
    void work(message.job);
  }
};

console.log(`${me} is waiting for jobs...`);
while (now() - lastActivity < IDLE_MS) await sleep(100);
channel.close();
console.log(`${me} was idle for ${IDLE_MS / 1000} s: stopping after ${done} jobs`);
