// Runs in the worker, whose global object is a different one.
console.log(`worker sees looplabAnswer = ${String(Reflect.get(globalThis, "looplabAnswer"))}`);
console.log(`and window is ${typeof window}, document is ${typeof document}`);
self.postMessage("done");
