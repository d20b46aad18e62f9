import type { WorkerPool } from "../pool/worker-pool.ts";
import type { TaskTimes } from "../pool/protocol.ts";

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

/** Each worker's share of the parallel round, in ms of this machine's time when idle. */
const SHARE_MS = 40;
let runs = 0;

/**
 * Times the same work on one pool worker, then split over `workers` workers at once.
 * Checks and Compare judge a reader's speedup against it: on a machine whose cores are busy
 * with other programs even this work cannot speed up, and a verdict would be noise.
 *
 * Both rounds run in workers, warmed up, one task per worker, timed by the workers' own
 * clocks (one shared origin): the figure is the machine's, not the page's. Timed from the
 * page, a main thread busy drawing or handling messages delays every dispatch and the
 * reference reads "busy" on an idle machine.
 */
export async function measureParallelism(
  pool: WorkerPool,
  workers: number,
  now: () => number = () => performance.now(),
): Promise<Parallelism> {
  const runId = `reference-${++runs}`;
  const origin = performance.timeOrigin + performance.now();
  pool.register({
    runId,
    origin,
    mode: "pool",
    tag: runId,
    fns: new Map([
      [1, { source: referenceWork.toString(), name: referenceWork.name, imports: {} }],
    ]),
    onLog: () => {},
    onError: () => {},
  });
  const task = (n: number, slots: number) =>
    new Promise<{ lane: string; times: TaskTimes }>((resolve, reject) => {
      let lane = "";
      pool.submit({
        runId,
        fnId: 1,
        args: [n],
        transfer: [],
        slots,
        onStart: (l) => (lane = l),
        onSettle: (r) =>
          r.ok && r.times
            ? resolve({ lane, times: r.times })
            : reject(new Error(r.ok ? "no task times" : r.error.message)),
      });
    });
  try {
    // Size the work for this machine, on warm code: the first calls run unoptimised.
    let perTurn = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = now();
      referenceWork(200_000);
      perTurn = Math.min(perTurn, Math.max(now() - t, 0.05) / 200_000);
    }
    const n = Math.round(SHARE_MS / perTurn);
    // Warm-up: starts every worker and optimises the function in each.
    await Promise.all(Array.from({ length: workers }, () => task(Math.round(n / 4), workers)));
    const serial = await task(n * workers, 1);
    const serialMs = serial.times.syncEnd - serial.times.start;
    let parallelMs = Infinity;
    // Two workers that were not both free at once ran the round one after the other: again.
    for (let attempt = 0; attempt < 3 && !Number.isFinite(parallelMs); attempt++) {
      const round = await Promise.all(Array.from({ length: workers }, () => task(n, workers)));
      if (new Set(round.map((r) => r.lane)).size < workers) continue;
      parallelMs =
        Math.max(...round.map((r) => r.times.syncEnd)) -
        Math.min(...round.map((r) => r.times.start));
    }
    if (!Number.isFinite(parallelMs)) parallelMs = serialMs;
    return { workers, serialMs, parallelMs, speedup: serialMs / parallelMs };
  } finally {
    await pool.endRun(runId);
  }
}
