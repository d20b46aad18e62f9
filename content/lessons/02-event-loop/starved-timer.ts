// Ask for a timer in 100 ms and a tick every 100 ms, then keep the
// thread busy for a second. When do they actually fire?
import { now, sleep, spin } from "lab";

setTimeout(() => {
  console.log(`100 ms timer fired at ${Math.round(now())} ms`);
}, 100);

let ticks = 0;
const interval = setInterval(() => {
  ticks++;
  console.log(`tick ${ticks} at ${Math.round(now())} ms`);
}, 100);

console.log(`busy from ${Math.round(now())} ms`);
spin(1000);
console.log(`free again at ${Math.round(now())} ms, ticks so far: ${ticks}`);

await sleep(350); // let the event loop catch up
clearInterval(interval);
console.log(`ticks in total: ${ticks}`);
