// Solution: A and E are synchronous. Then the microtask queue drains in the
// order things were queued: D (the .then), B (the code after the await),
// F (queueMicrotask). The timer callback C is a task, so it comes last.
import { sleep } from "lab";

export const predicted: string[] = ["A", "E", "D", "B", "F", "C"];

const seen: string[] = [];
const log = (letter: string) => {
  seen.push(letter);
  console.log(letter);
};

async function task() {
  log("A");
  await Promise.resolve();
  log("B");
}

setTimeout(() => log("C"), 0);
void Promise.resolve().then(() => log("D"));
void task(); // `void`: we do not wait for it here
log("E");
queueMicrotask(() => log("F"));

await sleep(20);
console.log(`actual:    ${seen.join(" ")}`);
console.log(`predicted: ${predicted.join(" ")}`);
console.log(seen.join() === predicted.join() ? "correct!" : "not quite");
