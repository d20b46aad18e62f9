// Keep the main thread busy for 1.5 seconds. While this runs, try to
// scroll the page, select some text or type in the editor.
import { now, spin } from "lab";

console.log("computing...");
spin(1500); // a busy loop: no await, no way for anything else to run
console.log(`done after ${Math.round(now())} ms`);
