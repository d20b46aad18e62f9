import type { WorkerPool } from "../pool/worker-pool.ts";

/**
 * Work that parallelises perfectly: no shared state, no allocation, no messages beyond its
 * argument and result. Floating point, so no engine speculation on integer overflow.
 */
function referenceWork(n: number): number {
  let x = 0;
  for (let i = 0; i < n; i++) x += Math.sqrt(i + 0.5);
  return x;
}

/** What this machine delivers right now on perfectly parallel work. */
export interface Parallelism {
  workers: number;
  serialMs: number;
  parallelMs: number;
  /** serialMs / parallelMs; at most `workers` (and the cores) in theory. */
  speedup: number;
}

const TASK_MS = 25;
let runs = 0;

/**
 * Times the same reference tasks on this thread, one after another, and on `workers` pool
 * workers. Checks and Compare judge a reader's speedup against it: on a machine whose cores
 * are busy with other programs even this work cannot speed up, and a verdict would be noise.
 */
export async function measureParallelism(
  pool: WorkerPool,
  workers: number,
  now: () => number = () => performance.now(),
): Promise<Parallelism> {
  // Size the tasks for this machine: about TASK_MS each.
  const probe = 200_000;
  let t = now();
  referenceWork(probe);
  const perTurn = Math.max(now() - t, 0.05) / probe;
  const n = Math.round(TASK_MS / perTurn);
  const tasks = workers * 2;
  t = now();
  for (let i = 0; i < tasks; i++) referenceWork(n);
  const serialMs = now() - t;
  const runId = `reference-${++runs}`;
  pool.register({
    runId,
    origin: performance.timeOrigin + performance.now(),
    mode: "pool",
    tag: runId,
    fns: new Map([
      [1, { source: referenceWork.toString(), name: referenceWork.name, imports: {} }],
    ]),
    onLog: () => {},
    onError: () => {},
  });
  t = now();
  await Promise.all(
    Array.from(
      { length: tasks },
      () =>
        new Promise<void>((resolve, reject) =>
          pool.submit({
            runId,
            fnId: 1,
            args: [n],
            transfer: [],
            slots: workers,
            onStart: () => {},
            onSettle: (r) => (r.ok ? resolve() : reject(new Error(r.error.message))),
          }),
        ),
    ),
  );
  const parallelMs = now() - t;
  await pool.endRun(runId);
  return { workers, serialMs, parallelMs, speedup: serialMs / parallelMs };
}
