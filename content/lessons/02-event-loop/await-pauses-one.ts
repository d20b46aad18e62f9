// `await` pauses one async function. Its caller carries on, and nothing
// else (no timer, no click, no repaint) gets in until the stack is empty.
import { sleep, spin } from "lab";

setTimeout(() => console.log("5. the 0 ms timer: a task, so it waits for all of the above"), 0);

async function step() {
  console.log("1. step() starts");
  await Promise.resolve(); // pauses step() only
  console.log("4. step() resumes: a microtask, once the stack is empty");
}

void step(); // `void`: we do not wait for it here
console.log("2. the caller goes on right after step() paused");
spin(200);
console.log("3. ...and keeps the thread 200 ms longer: nothing else ran meanwhile");

await sleep(20); // keep the run alive until the timer has fired
