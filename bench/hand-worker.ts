// Worker of the hand-written reference pool: evaluates a function source once, then calls it.
const fns = new Map<string, (...args: unknown[]) => unknown>();

self.onmessage = (e: MessageEvent<{ id: number; src: string; args: unknown[] }>) => {
  const { id, src, args } = e.data;
  let fn = fns.get(src);
  if (!fn) {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- functions travel as source
    fn = (new Function(`return (${src})`) as () => (...args: unknown[]) => unknown)();
    fns.set(src, fn);
  }
  self.postMessage({ id, value: fn(...args) });
};
