import { spawn, type ChildProcess } from "node:child_process";
import { Worker } from "node:worker_threads";

/**
 * How well this machine runs two threads at once right now, measured outside the browser:
 * the same float loop on one thread twice, then on two threads at once. About 2 on an idle
 * 2-core machine; near 1 when another program holds a core. Tests use it to tell a broken
 * timing check from a busy machine.
 */
export async function nodeParallelism(turns = 30_000_000): Promise<number> {
  const body = `const { parentPort, workerData } = require("node:worker_threads");
let x = 0.5;
for (let i = 0; i < workerData; i++) x = x * 0.999 + (i & 7) * 0.25;
parentPort.postMessage(x);`;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(body, { eval: true, workerData: turns });
      w.once("message", () => void w.terminate().then(() => resolve()));
      w.once("error", reject);
    });
  await one(); // warm up: thread start and compilation
  let t = performance.now();
  await one();
  await one();
  const serial = performance.now() - t;
  t = performance.now();
  await Promise.all([one(), one()]);
  return serial / (performance.now() - t);
}

/** Two threads at least this much faster than one: the cores are free for our purposes. */
export const IDLE_PARALLELISM = 1.6;

/** Idle enough that a timing check which stays inconclusive is broken, not unlucky. */
export async function machineIsIdle(): Promise<boolean> {
  const [a, b] = [await nodeParallelism(), await nodeParallelism()];
  return Math.max(a, b) >= IDLE_PARALLELISM;
}

/** Keeps one core busy, as another program would, until stopped. */
export function busyCore(): { stop(): void } {
  const child: ChildProcess = spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" });
  return { stop: () => void child.kill("SIGKILL") };
}

/**
 * A duration that must stay under `limit`: past it on a busy machine the test is skipped,
 * by name and with the figure; past it on an idle machine it fails.
 */
export async function expectUnder(
  ctx: { skip(note: string): never },
  what: string,
  ms: number,
  limit: number,
): Promise<void> {
  if (ms < limit) return;
  if (!(await machineIsIdle()))
    ctx.skip(`${what} took ${Math.round(ms)} ms (limit ${limit}) while the cores were busy`);
  throw new Error(`${what} took ${Math.round(ms)} ms on an idle machine; the limit is ${limit} ms`);
}
