// Wait 1.5 seconds without blocking. Try scrolling and typing again.
import { now, sleep } from "lab";

console.log("waiting...");
await sleep(1500); // the thread goes back to the event loop meanwhile
console.log(`done after ${Math.round(now())} ms`);
