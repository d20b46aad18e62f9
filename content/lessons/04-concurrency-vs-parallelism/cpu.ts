// Four "number crunchers". Each one does a fixed amount of arithmetic and
// never waits for anything: the thread is busy from start to finish.
import { map, now, threadName } from "lab";

// The same number of loop turns in every task and every mode, so that the
// modes are compared on equal work (about 300 ms per task on a typical laptop).
const TURNS = 50_000_000;

const t0 = now();
await map(
  (turns: number, id: number) => {
    // Everything the task needs is written inside it, so that it can
    // travel to a worker (lesson 3 explains why).
    const start = now();
    let x = 0;
    for (let i = 0; i < turns; i++) x = (x * 31 + i) | 0;
    const ms = Math.round(now() - start);
    console.log(`task ${id} on ${threadName()}: ${ms} ms (checksum ${x})`);
    return x;
  },
  [TURNS, TURNS, TURNS, TURNS],
);
console.log(`wall time: ${Math.round(now() - t0)} ms for 4 tasks`);
