// Runs inside the fixture page (passed to page.evaluate), so it must not import anything.
import type { Compiled, Mode, RunResult, Runtime } from "../src/runtime/index.ts";

type Code = Compiled;

interface PoolLike {
  map(src: string, items: unknown[]): Promise<unknown[]>;
  close(): void;
}

interface BenchModule {
  createHandPool(size: number): PoolLike;
  createWorkerpool(size: number): PoolLike;
}

export interface Measured {
  cores: number;
  compileCold: number;
  compileWarm: number;
  dispatch: { ours: number; oursOne: number; hand: number; workerpool: number };
  fib: { serial: number; concurrent: number; pool: number; hand: number; workerpool: number };
  sleeps: number;
}

export async function measureInPage(args: {
  code: Record<"tiny" | "tinyOne" | "fib" | "sleeps", Code>;
  /** fib as our pool runs it (compiled, with its stop checks), for the hand pool to run too. */
  fibSource: string;
  plainFib: string;
}): Promise<Measured> {
  const { code, fibSource: fibSrc, plainFib } = args;
  const w = window as unknown as {
    looplab: { runtime: Runtime };
    loadBench(): Promise<BenchModule>;
  };
  const lab = w.looplab.runtime;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const timed = async (f: () => Promise<unknown>) => {
    const t0 = performance.now();
    await f();
    return performance.now() - t0;
  };
  const repeat = async (n: number, f: () => Promise<number>) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(await f());
    return out;
  };
  const runMs = async (c: Code, mode: Mode, workers = 2): Promise<number> => {
    const s: RunResult = await lab.run({ code: c, mode, workers }).promise;
    if (s.status !== "finished")
      throw new Error(s.status === "failed" ? s.error.message : "run stopped");
    return s.exports["ms"] as number;
  };

  const compileCold = await timed(() => lab.compile("const a: number = 1;\nconsole.log(a);\n"));
  const warm = await repeat(7, (i = Math.random()) =>
    timed(() => lab.compile(`const a: number = ${i};\nconsole.log(a);\n`)),
  );

  lab.prespawn(2);
  const bench = await w.loadBench();
  const hand = bench.createHandPool(2);
  const wp = bench.createWorkerpool(2);
  const items = Array.from({ length: 1000 }, (_, i) => i);
  const tiny = "(x) => x + 1";
  await repeat(3, () => runMs(code.tiny, "pool"));
  await repeat(3, () => runMs(code.tinyOne, "pool"));
  await repeat(3, () => timed(() => hand.map(tiny, items)));
  await repeat(3, () => timed(() => wp.map(tiny, items)));
  // Rounds interleave the contenders so background load on the machine hits all alike.
  const rounds = async <K extends string>(n: number, fns: Record<K, () => Promise<number>>) => {
    const all = {} as Record<K, number[]>;
    for (let i = 0; i < n; i++) {
      for (const k of Object.keys(fns) as K[]) (all[k] ??= []).push(await fns[k]());
    }
    return all;
  };
  // 1000 tasks: ms for all of them equals µs per task.
  const d = await rounds(7, {
    ours: () => runMs(code.tiny, "pool"),
    oursOne: () => runMs(code.tinyOne, "pool"),
    hand: () => timed(() => hand.map(tiny, items)),
    workerpool: () => timed(() => wp.map(tiny, items)),
  });
  const dispatch = {
    ours: median(d.ours),
    oursOne: median(d.oursOne),
    hand: median(d.hand),
    workerpool: median(d.workerpool),
  };

  const eight = [35, 35, 35, 35, 35, 35, 35, 35];
  const f = await rounds(3, {
    serial: () => runMs(code.fib, "serial"),
    concurrent: () => runMs(code.fib, "concurrent"),
    pool: () => runMs(code.fib, "pool"),
    hand: () => timed(() => hand.map(fibSrc, eight)),
    // workerpool evaluates sources itself: it gets fib without the checks it cannot provide.
    workerpool: () => timed(() => wp.map(plainFib, eight)),
  });
  const fib = {
    serial: Math.min(...f.serial),
    concurrent: Math.min(...f.concurrent),
    pool: Math.min(...f.pool),
    hand: Math.min(...f.hand),
    workerpool: Math.min(...f.workerpool),
  };
  hand.close();
  wp.close();

  const sleeps = median(await repeat(3, () => runMs(code.sleeps, "pool")));

  return {
    cores: navigator.hardwareConcurrency,
    compileCold,
    compileWarm: median(warm),
    dispatch,
    fib,
    sleeps,
  };
}
