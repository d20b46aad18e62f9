/** Benchmark helpers loaded into the runtime fixture page (window.loadBench()). */
import workerpool from "workerpool/dist/workerpool.min.js";
import { createHandPool } from "./hand-pool.ts";

export { createHandPool };

export interface WorkerpoolLike {
  map(src: string, items: unknown[]): Promise<unknown[]>;
  close(): void;
}

/** The `workerpool` package with its built-in (blob) worker, running functions by source. */
export function createWorkerpool(size: number): WorkerpoolLike {
  const pool = workerpool.pool({ maxWorkers: size, minWorkers: size, workerType: "web" });
  return {
    // "run" is workerpool's built-in method for a function given as source.
    map: (src, items) => Promise.all(items.map((item) => pool.exec("run", [src, [item]]))),
    close: () => void pool.terminate(true),
  };
}
