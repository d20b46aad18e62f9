// Runs inside the fixture page (passed to page.evaluate), so it must not import anything.
import type { Compiled, Mode, RunResult, Runtime } from "../src/runtime/index.ts";

interface HandPool {
  map(src: string, items: unknown[]): Promise<unknown[]>;
  close(): void;
}

/** One contender of the fairness figures, timed in the page. */
export type Variant =
  /** A compiled snippet run by our runtime; its export `ms` is what it measured. */
  | { kind: "run"; code: Compiled; mode: Mode }
  /** Plain JavaScript `kernel(n)` on this thread, or in the hand-written pool of one worker. */
  | { kind: "plain"; source: string; n: number; where: "main" | "worker" };

/** Times one variant in the fixture page; the result is in ms of wall time. */
export async function timeVariant(v: Variant): Promise<number> {
  const w = window as unknown as {
    looplab: { runtime: Runtime };
    loadBench(): Promise<{ createHandPool(size: number): HandPool }>;
    benchHand?: HandPool;
    benchPlain?: Map<string, (n: number) => number>;
  };
  if (v.kind === "run") {
    const r: RunResult = await w.looplab.runtime.run({ code: v.code, mode: v.mode, workers: 1 })
      .promise;
    if (r.status !== "finished")
      throw new Error(r.status === "failed" ? r.error.message : "run stopped");
    return r.exports["ms"] as number;
  }
  const t0 = performance.now();
  if (v.where === "worker") {
    w.benchHand ??= (await w.loadBench()).createHandPool(1);
    await w.benchHand.map(v.source, [v.n]);
  } else {
    // One function per source, as the hand pool's worker keeps: the engine warms it up once.
    // Strict, as a module the reader ships is.
    w.benchPlain ??= new Map();
    let fn = w.benchPlain.get(v.source);
    if (!fn) {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the control is plain code
      fn = (new Function(`"use strict"; return (${v.source})`) as () => (n: number) => number)();
      w.benchPlain.set(v.source, fn);
    }
    fn(v.n);
  }
  return performance.now() - t0;
}
