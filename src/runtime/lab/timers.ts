/**
 * Timers handed to one run: all are cleared when the run ends or a new run of the same
 * playground starts, and errors thrown in callbacks end the run instead of escaping.
 */
export interface RunTimers {
  setTimeout: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => number;
  setInterval: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => number;
  clearTimeout: (id?: number) => void;
  clearInterval: (id?: number) => void;
  /** Timers still live; like Node, a run lasts while an interval is set (until Stop). */
  pending(): number;
  clearAll(): void;
}

export function createTimers(onError: (e: unknown) => void, onSettle: () => void): RunTimers {
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const call = (fn: (...args: unknown[]) => void, args: unknown[]) => {
    try {
      fn(...args);
    } catch (e) {
      onError(e);
    }
  };
  const timers: RunTimers = {
    setTimeout(fn, ms, ...args) {
      const id = globalThis.setTimeout(() => {
        timeouts.delete(id);
        call(fn, args);
        onSettle();
      }, ms) as unknown as number;
      timeouts.add(id);
      return id;
    },
    setInterval(fn, ms, ...args) {
      const id = globalThis.setInterval(() => call(fn, args), ms) as unknown as number;
      intervals.add(id);
      return id;
    },
    clearTimeout(id) {
      if (id === undefined || !timeouts.delete(id)) return;
      globalThis.clearTimeout(id);
      onSettle();
    },
    clearInterval(id) {
      if (id === undefined || !intervals.delete(id)) return;
      globalThis.clearInterval(id);
      onSettle();
    },
    pending: () => timeouts.size + intervals.size,
    clearAll() {
      for (const id of timeouts) globalThis.clearTimeout(id);
      for (const id of intervals) globalThis.clearInterval(id);
      timeouts.clear();
      intervals.clear();
    },
  };
  return timers;
}
