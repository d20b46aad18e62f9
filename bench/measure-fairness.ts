// Runs inside the fixture page (passed to page.evaluate), so it must not import anything.
import type { Compiled, Mode, RunResult, Runtime } from "../src/runtime/index.ts";

interface HandPool {
  map(src: string, items: unknown[]): Promise<unknown[]>;
  close(): void;
}

export interface FairnessInput {
  /** Per kernel: the snippet with the main-thread run first, then with the worker run first. */
  pairs: Record<string, [Compiled, Compiled]>;
  /** Per kernel: the same snippets with the stop checks blanked out. */
  blank: Record<string, [Compiled, Compiled]>;
  /** Per kernel: plain JavaScript source of `kernel` and its turn count, for the control. */
  plain: Record<string, { source: string; n: number }>;
  /** Four int-kernel tasks through map(), for serial against concurrent. */
  modes: Compiled;
  rounds: number;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface FairnessResult {
  /** Per kernel, each a ratio per round summarised. */
  mainOverWorker: Record<string, Spread>;
  controlMainOverWorker: Record<string, Spread>;
  guardOverhead: Record<string, Spread>;
  concurrentOverSerial: Spread;
}

export async function measureFairness(input: FairnessInput): Promise<FairnessResult> {
  const w = window as unknown as {
    looplab: { runtime: Runtime };
    loadBench(): Promise<{ createHandPool(size: number): HandPool }>;
  };
  const runtime = w.looplab.runtime;
  const bench = await w.loadBench();
  const spread = (xs: number[]): Spread => {
    const s = [...xs].sort((a, b) => a - b);
    return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s.at(-1)! };
  };
  const run = async (code: Compiled, mode: Mode = "serial") => {
    const r: RunResult = await runtime.run({ code, mode, workers: 1 }).promise;
    if (r.status !== "finished")
      throw new Error(r.status === "failed" ? r.error.message : "run stopped");
    return r.exports as { main?: number; worker?: number; ms?: number };
  };
  const hand = bench.createHandPool(1);
  const out: FairnessResult = {
    mainOverWorker: {},
    controlMainOverWorker: {},
    guardOverhead: {},
    concurrentOverSerial: { median: 0, min: 0, max: 0 },
  };
  for (const name of Object.keys(input.pairs)) {
    const ours: number[] = [];
    const control: number[] = [];
    const overhead: number[] = [];
    const { source, n } = input.plain[name]!;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the control is plain code
    const make = new Function(`return (${source})`) as () => (n: number) => number;
    const plainMain = make();
    const timeMain = () => {
      const t0 = performance.now();
      plainMain(n);
      return performance.now() - t0;
    };
    const timeWorker = async () => {
      const t0 = performance.now();
      await hand.map(source, [n]);
      return performance.now() - t0;
    };
    // Warm up every contender once: the engine optimises hot code after a few calls.
    await run(input.pairs[name]![0]);
    await run(input.blank[name]![0]);
    timeMain();
    await timeWorker();
    for (let round = 0; round < input.rounds; round++) {
      // Alternate which side goes first, so drift in the machine's load hits both alike.
      const first = round % 2;
      const r = await run(input.pairs[name]![first]!);
      ours.push(r.main! / r.worker!);
      const b = await run(input.blank[name]![first]!);
      overhead.push(r.main! / b.main!);
      if (first) {
        const wk = await timeWorker();
        control.push(timeMain() / wk);
      } else {
        const m = timeMain();
        control.push(m / (await timeWorker()));
      }
    }
    out.mainOverWorker[name] = spread(ours);
    out.controlMainOverWorker[name] = spread(control);
    out.guardOverhead[name] = spread(overhead);
  }
  hand.close();
  const ratios: number[] = [];
  await run(input.modes, "serial");
  await run(input.modes, "concurrent");
  for (let round = 0; round < input.rounds; round++) {
    const order: Mode[] = round % 2 ? ["serial", "concurrent"] : ["concurrent", "serial"];
    const ms: Partial<Record<Mode, number>> = {};
    for (const mode of order) ms[mode] = (await run(input.modes, mode)).ms!;
    ratios.push(ms.concurrent! / ms.serial!);
  }
  out.concurrentOverSerial = spread(ratios);
  return out;
}
