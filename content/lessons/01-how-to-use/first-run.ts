// Press Run (or Ctrl+Enter). Then change the message and run it again.
import { hardwareConcurrency, isolated, mode, now, threadName } from "lab";

const message = "Hello from the notebook!";

console.log(message);
console.log(`running on the ${threadName()} thread, mode "${mode()}"`);
console.log(`your browser reports ${hardwareConcurrency()} logical cores`);
console.log(`cross-origin isolated: ${isolated()}`);
console.log(`this took ${now().toFixed(1)} ms`);
