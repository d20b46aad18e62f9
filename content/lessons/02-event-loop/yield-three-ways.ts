// Three ways to hand the thread back between slices of work, measured.
// Each runs 20 slices of 1 ms with a yield after each. A 0 ms timer is set
// just before the first slice: when does it get its turn?
import { now, spin } from "lab";

// A MessageChannel message is a task like any other, queued behind those waiting.
const { port1, port2 } = new MessageChannel();
const woken: (() => void)[] = [];
port1.onmessage = () => woken.shift()?.();
const viaMessage = () =>
  new Promise<void>((resolve) => {
    woken.push(resolve);
    port2.postMessage(null);
  });

const hasYield = "scheduler" in globalThis && typeof scheduler.yield === "function";
const ways: [string, () => Promise<void>][] = [
  ["setTimeout(0)", () => new Promise((resolve) => setTimeout(resolve, 0))],
  ["MessageChannel", viaMessage],
  // Where scheduler.yield() is missing, fall back to a message.
  [
    hasYield ? "scheduler.yield()" : "scheduler.yield() missing, message",
    () => (hasYield ? scheduler.yield() : viaMessage()),
  ],
];

for (const [name, yieldOnce] of ways) {
  let done = 0;
  let timerAfter = -1;
  setTimeout(() => (timerAfter = done), 0);
  const waits: string[] = [];
  const t0 = now();
  while (done < 20) {
    spin(1); // a slice of work
    done++;
    const asked = now();
    await yieldOnce();
    waits.push((now() - asked).toFixed(1));
  }
  const total = Math.round(now() - t0);
  await new Promise((resolve) => setTimeout(resolve, 5)); // a starved timer runs now
  console.log(`${name}: ${total} ms for 20 slices; the timer ran after ${timerAfter} of them`);
  console.log(`  wait per yield (ms): ${waits.join(" ")}`);
}
