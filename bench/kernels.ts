/**
 * CPU kernels for the fairness figures: one per loop shape, written so the integer ones never
 * overflow (V8 compiles a loop whose int arithmetic can overflow to one of two speeds,
 * depending on what it speculated, which would drown the differences measured here).
 * Each is a function `kernel(n)` plus a turn count for about 100 ms of work.
 */
export const KERNELS = {
  int: {
    n: 40_000_000,
    source: `function kernel(n: number): number {
  let x = 0;
  for (let i = 0; i < n; i++) x = (x + (i ^ (x >> 3))) & 0xfffff;
  return x;
}`,
  },
  float: {
    n: 40_000_000,
    source: `function kernel(n: number): number {
  let x = 0.5;
  for (let i = 0; i < n; i++) x = x * 0.999 + (i & 7) * 0.25;
  return x;
}`,
  },
  array: {
    n: 8_000,
    source: `function kernel(n: number): number {
  const a: number[] = [];
  for (let i = 0; i < 4096; i++) a.push((i * 7) & 255);
  let s = 0;
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < a.length; i++) s = (s + a[i]! * ((r & 3) + 1)) & 0xfffffff;
  }
  return s;
}`,
  },
  calls: {
    n: 30_000_000,
    source: `function kernel(n: number): number {
  function leaf(a: number, b: number): number {
    return (a * 31 + b) & 0xffff;
  }
  let x = 0;
  for (let i = 0; i < n; i++) x = leaf(x, i);
  return x;
}`,
  },
  fib: {
    n: 32,
    source: `function kernel(n: number): number {
  return n < 2 ? n : kernel(n - 1) + kernel(n - 2);
}`,
  },
  primes: {
    n: 1_500_000,
    source: `function kernel(n: number): number {
  function isPrime(k: number): boolean {
    if (k < 2) return false;
    for (let d = 2; d * d <= k; d++) if (k % d === 0) return false;
    return true;
  }
  let count = 0;
  for (let k = 0; k < n; k++) if (isPrime(k)) count++;
  return count;
}`,
  },
} as const;

export type KernelName = keyof typeof KERNELS;

/**
 * A snippet that times `kernel(n)` inside a task function, on the main thread (a direct call)
 * or in a pool of one worker (through map): the same compiled function either way.
 */
export function fairnessSnippet(name: KernelName, where: "main" | "worker"): string {
  const { n, source } = KERNELS[name];
  const call =
    where === "main"
      ? "export const ms = task(N);"
      : 'export const ms = (await map(task, [N], { on: "pool", workers: 1 }))[0]!;';
  return `import { map, now } from "lab";
const N = ${n};
function task(n: number): number {
  ${source.replaceAll("\n", "\n  ")}
  const t0 = now();
  kernel(n);
  return now() - t0;
}
${call}
`;
}

/** Four tasks of the int kernel through map(), for serial against concurrent. */
export function modesSnippet(): string {
  const { n, source } = KERNELS.int;
  return `import { map, now } from "lab";
const t0 = now();
await map((turns: number) => {
  ${source.replaceAll("\n", "\n  ")}
  return kernel(turns);
}, [${n / 4}, ${n / 4}, ${n / 4}, ${n / 4}]);
export const ms = now() - t0;
`;
}
