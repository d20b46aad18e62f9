// Who runs first? Synchronous code, then every microtask, then the next task.
import { sleep } from "lab";

console.log("1. synchronous code runs to the end first");

setTimeout(() => console.log("5. timer callback: a task"), 0);

void Promise.resolve().then(() => console.log("3. promise callback: a microtask"));
queueMicrotask(() => console.log("4. queueMicrotask: also a microtask"));

console.log("2. still the same synchronous run");

await sleep(20); // keep the run alive until the timer has fired
