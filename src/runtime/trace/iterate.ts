/**
 * The iterable of a `for await` loop, seen through: `next()` and `return()` call the real
 * ones and hand back the very same results, so the loop awaits what it would have awaited.
 * `suspended` is called as the loop is about to await one of them. A sync iterable gets a
 * sync view, so the engine wraps it (CreateAsyncFromSyncIterator) exactly as before.
 */
export function iterateSeen(iterable: unknown, text: string, suspended: () => void): unknown {
  if (iterable === null || iterable === undefined)
    // The engine's own words for this case (V8).
    throw new TypeError(
      `Cannot read properties of ${String(iterable)} (reading 'Symbol(Symbol.asyncIterator)')`,
    );
  const source = iterable as Record<symbol, (() => Iterator<unknown>) | undefined>;
  const asyncMethod = source[Symbol.asyncIterator];
  if (asyncMethod != null) {
    return {
      [Symbol.asyncIterator]() {
        const it = asyncMethod.call(iterable) as unknown as AsyncIterator<unknown>;
        const seen: AsyncIterator<unknown> = {
          next(...v: [] | [unknown]) {
            const r = it.next(...v);
            suspended();
            return r;
          },
        };
        if (typeof it.return === "function") {
          const close = it.return.bind(it);
          seen.return = (value?: unknown) => {
            const r = close(value);
            suspended();
            return r;
          };
        }
        return seen;
      },
    };
  }
  const syncMethod = source[Symbol.iterator];
  if (typeof syncMethod !== "function") throw new TypeError(`${text} is not async iterable`);
  return {
    [Symbol.iterator]() {
      const it = syncMethod.call(iterable);
      return {
        next(...v: [] | [unknown]) {
          const r = it.next(...v);
          suspended();
          return r;
        },
        // Leaving the loop early makes the engine's wrapper look up `return` and then await,
        // whether or not there is one. A getter sees the look-up without adding a method
        // (a method would add a tick: the wrapper awaits what it returns).
        get return() {
          suspended();
          return typeof it.return === "function" ? it.return.bind(it) : undefined;
        },
      } as Iterator<unknown>;
    },
  };
}
