// Exercise: predict the order.
// Without running it, decide in which order the letters are logged.
import { sleep } from "lab";

// TODO: put the six letters in the order you expect, then run and check.
export const predicted: string[] = ["A", "B", "C", "D", "E", "F"];

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
