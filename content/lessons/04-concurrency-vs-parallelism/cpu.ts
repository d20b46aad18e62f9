// Four "number crunchers". Each one does a fixed amount of arithmetic and
// never waits for anything: the thread is busy from start to finish.
import { map, now, threadName } from "lab";

// Measure how many loop turns this machine does in 300 ms, so that each
// task is about 300 ms long whatever your hardware.
function turnsIn(ms: number): number {
  let turns = 0;
  let x = 0;
  const start = now();
  while (now() - start < ms) {
    for (let i = 0; i < 1_000_000; i++) x = (x * 31 + i) | 0;
    turns += 1_000_000;
  }
  return x === 0.5 ? 0 : turns; // use x so the loop cannot be skipped
}
const TURNS = turnsIn(75) * 4;

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
