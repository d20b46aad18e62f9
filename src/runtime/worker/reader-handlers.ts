/// <reference lib="webworker" />
import { SHARED_LAYOUT } from "./reader-protocol.ts";

type Handler = (this: unknown, event: MessageEvent) => unknown;

/**
 * Times every run of the reader's message handlers (`onmessage` and "message" listeners):
 * into the buffer shared with the page, or into `pending` (sent with the next beat) where
 * there is no shared memory. The handlers themselves run unchanged: an error keeps the place
 * it was thrown at, since nothing catches it.
 */
export function timeHandlers(
  scope: DedicatedWorkerGlobalScope,
  clock: () => number,
  shared: SharedArrayBuffer | undefined,
): { pending: number[] } {
  const { count, first, fields, capacity } = SHARED_LAYOUT;
  const ints = shared && new Int32Array(shared, 0, 2);
  const floats = shared && new Float64Array(shared, first, fields * capacity);
  const log = { pending: [] as number[] };
  let runs = 0;
  // A run is counted as it starts, before the reader's code can answer anyone: whoever gets
  // the answer can see the run (its end NaN until it ends).
  const begin = (start: number): number => {
    if (!ints || !floats || runs >= capacity) return -1;
    const at = runs * fields;
    floats[at] = start;
    floats[at + 1] = NaN;
    Atomics.store(ints, count, ++runs);
    return at;
  };
  const record = (at: number, start: number, syncEnd: number, end: number, ok: boolean) => {
    if (!floats) return void log.pending.push(start, syncEnd, end, ok ? 1 : 0);
    if (at < 0) return;
    floats[at + 2] = end;
    floats[at + 3] = ok ? 1 : 0;
    floats[at + 1] = syncEnd;
  };

  const timed = (fn: Handler): Handler =>
    function (this: unknown, event) {
      const start = clock();
      const at = begin(start);
      let returned = false;
      try {
        const result = fn.call(this, event);
        returned = true;
        const syncEnd = clock();
        if (result instanceof Promise)
          result.then(
            () => record(at, start, syncEnd, clock(), true),
            () => record(at, start, syncEnd, clock(), false),
          );
        else record(at, start, syncEnd, syncEnd, true);
        return result;
      } finally {
        if (!returned) record(at, start, clock(), clock(), false);
      }
    };

  const wrapped = new WeakMap<object, Handler>();
  const wrap = (fn: unknown): unknown => {
    if (typeof fn !== "function") return fn;
    let w = wrapped.get(fn);
    if (!w) wrapped.set(fn, (w = timed(fn as Handler)));
    return w;
  };
  const add = scope.addEventListener.bind(scope);
  const remove = scope.removeEventListener.bind(scope);
  type Listen = (type: string, fn: unknown, options?: unknown) => void;
  const listen: Listen = (type, fn, options) =>
    add(type, (type === "message" ? wrap(fn) : fn) as EventListener, options as boolean);
  const unlisten: Listen = (type, fn, options) => {
    const w = type === "message" && typeof fn === "function" ? wrapped.get(fn) : undefined;
    remove(type, (w ?? fn) as EventListener, options as boolean);
  };
  scope.addEventListener = listen as typeof scope.addEventListener;
  scope.removeEventListener = unlisten as typeof scope.removeEventListener;
  // `onmessage = …`, bare or on `self`, lands here: an own property shadows the prototype's.
  let onmessage: unknown = null;
  Object.defineProperty(scope, "onmessage", {
    configurable: true,
    get: () => onmessage,
    set(fn: unknown) {
      if (typeof onmessage === "function") unlisten("message", onmessage);
      onmessage = typeof fn === "function" ? fn : null;
      if (onmessage) listen("message", onmessage);
    },
  });
  return log;
}
