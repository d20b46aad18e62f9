// Is this page cross-origin isolated, and what does that unlock?
import { hardwareConcurrency, isolated } from "lab";

console.log(`crossOriginIsolated: ${String(globalThis.crossOriginIsolated)}`);
console.log(`lab isolated(): ${String(isolated())}`);
console.log(`SharedArrayBuffer available: ${typeof SharedArrayBuffer === "function"}`);
console.log(`logical cores reported: ${hardwareConcurrency()}`);

// How fine is the clock? Find the smallest step performance.now() takes.
let smallest = Infinity;
for (let i = 0; i < 10_000; i++) {
  const a = performance.now();
  let b = performance.now();
  while (b === a) b = performance.now();
  smallest = Math.min(smallest, b - a);
}
console.log(`smallest clock step: ${(smallest * 1000).toFixed(1)} µs`);
