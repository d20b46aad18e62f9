// Worker of the hand-written reference pool: evaluates a function source once, then calls it.
// It provides the stop flag and error that compiled task functions check (never raised here),
// so it can run exactly the code the runtime's pool runs, in strict mode as the runtime does
// (code a reader ships is a module, and modules are strict).
const fns = new Map<string, (...args: unknown[]) => unknown>();
const neverStop = new Int32Array(1);

self.onmessage = (e: MessageEvent<{ id: number; src: string; args: unknown[] }>) => {
  const { id, src, args } = e.data;
  let fn = fns.get(src);
  if (!fn) {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- functions travel as source
    const make = new Function("__stop", "__Halt", `"use strict"; return (${src})`) as (
      s: Int32Array,
      h: ErrorConstructor,
    ) => (...args: unknown[]) => unknown;
    fn = make(neverStop, Error);
    fns.set(src, fn);
  }
  self.postMessage({ id, value: fn(...args) });
};
