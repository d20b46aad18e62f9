// The fairness figures: the same function on the main thread and in a worker, through our
// runtime and in plain JavaScript, interleaved, by wall time and by the threads' CPU time.
import type { Page } from "playwright-core";
import { transform } from "esbuild";
import { blankGuards } from "../src/runtime/compile/guard-text.ts";
import { compileInNode, type Compiled } from "../src/runtime/node.ts";
import { fairnessSnippet, KERNELS, modesSnippet, type KernelName } from "./kernels.ts";
import { timeVariant, type Variant } from "./measure-fairness.ts";
import { ourRenderers, threadCpu } from "./thread-cpu.ts";

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface KernelFigures {
  /** main / worker through our runtime, per round, against the same ratio in plain JS. */
  oursMainOverWorker: Spread;
  plainMainOverWorker: Spread;
  /** Our main-thread run with its stop checks against the same run with them blanked out. */
  checks: Spread;
}

export interface Fairness {
  /** "cpu" when the threads' CPU time could be read (Linux), else "wall". */
  clock: "cpu" | "wall";
  kernels: Record<KernelName, KernelFigures>;
  concurrentOverSerial: Spread;
}

async function compiled(source: string): Promise<Compiled> {
  const r = await compileInNode(source);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r;
}

export function spread(xs: number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s.at(-1)! };
}

export async function measureFairness(page: Page, rounds: number): Promise<Fairness> {
  const pids = ourRenderers();
  const clock = pids.length ? "cpu" : "wall";
  /** Times a variant: the CPU time of the thread it ran on when readable, else wall time. */
  const time = async (v: Variant, thread: "main" | "worker"): Promise<number> => {
    const before = clock === "cpu" ? threadCpu(pids) : undefined;
    const wall = await page.evaluate(timeVariant, v);
    if (!before) return wall;
    return threadCpu(pids)[thread] - before[thread];
  };
  /** Runs every contender once per round, rotating the order so load drifts hit all alike. */
  const interleave = async <K extends string>(
    contenders: Record<K, () => Promise<number>>,
  ): Promise<Record<K, number[]>> => {
    const names = Object.keys(contenders) as K[];
    const out = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
    for (let round = -1; round < rounds; round++) {
      for (let j = 0; j < names.length; j++) {
        const k = names[(j + Math.max(round, 0)) % names.length]!;
        const ms = await contenders[k]();
        if (round >= 0) out[k].push(ms); // round -1 warms every contender up
      }
    }
    return out;
  };
  const ratios = (a: number[], b: number[]) => spread(a.map((x, i) => x / b[i]!));

  const kernels = {} as Record<KernelName, KernelFigures>;
  for (const name of Object.keys(KERNELS) as KernelName[]) {
    const main = await compiled(fairnessSnippet(name, "main"));
    const worker = await compiled(fairnessSnippet(name, "worker"));
    const blank: Compiled = { ...main, code: blankGuards(main.code), hash: `${main.hash}-blank` };
    const js = (await transform(KERNELS[name].source, { loader: "ts" })).code.trim();
    const plain = { kind: "plain", source: js.replace(/;$/, ""), n: KERNELS[name].n } as const;
    const t = await interleave({
      oursMain: () => time({ kind: "run", code: main, mode: "serial" }, "main"),
      oursWorker: () => time({ kind: "run", code: worker, mode: "serial" }, "worker"),
      blankMain: () => time({ kind: "run", code: blank, mode: "serial" }, "main"),
      plainMain: () => time({ ...plain, where: "main" }, "main"),
      plainWorker: () => time({ ...plain, where: "worker" }, "worker"),
    });
    kernels[name] = {
      oursMainOverWorker: ratios(t.oursMain, t.oursWorker),
      plainMainOverWorker: ratios(t.plainMain, t.plainWorker),
      checks: ratios(t.oursMain, t.blankMain),
    };
  }
  const modes = await compiled(modesSnippet());
  const m = await interleave({
    serial: () => time({ kind: "run", code: modes, mode: "serial" }, "main"),
    concurrent: () => time({ kind: "run", code: modes, mode: "concurrent" }, "main"),
  });
  return { clock, kernels, concurrentOverSerial: ratios(m.concurrent, m.serial) };
}
