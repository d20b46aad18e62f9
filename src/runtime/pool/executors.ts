import { unwrapTransfer } from "../lab/transfer.ts";
import type { PoolJob, WorkerPool } from "./worker-pool.ts";
import type { TaskTimes, WireError } from "./protocol.ts";

type TaskFn = (...args: unknown[]) => unknown;

/** Bookkeeping for one task; `end` takes the worker's own times when there are some. */
export interface TaskTracker {
  start(lane: string): void;
  /** The task's synchronous part returned. */
  computed(): void;
  end(ok: boolean, times?: TaskTimes): void;
}

/** One way of running a task: on the main thread or in the pool. */
export interface Executor {
  /** serial: map waits for each task before starting the next. */
  readonly sequential: boolean;
  /** Validates a task function before any of its tasks is queued. */
  prepare?(fn: TaskFn): void;
  execute(fn: TaskFn, args: unknown[], task: TaskTracker): Promise<unknown>;
}

export function mainThreadExecutor(sequential: boolean): Executor {
  return {
    sequential,
    async execute(fn, args, task) {
      task.start("main");
      try {
        const pending = fn(...args.map((a) => unwrapTransfer(a).value));
        task.computed();
        const value = await pending;
        task.end(true);
        // Same results as the pool, where a transfer marker is unwrapped on the way back.
        return unwrapTransfer(value).value;
      } catch (e) {
        task.end(false);
        throw e;
      }
    },
  };
}

/** Marks errors that happened in a worker, with the worker's stack for locating them. */
export class TaskError extends Error {
  readonly workerStack: string | undefined;
  readonly lane: string;
  constructor(e: WireError, lane: string) {
    super(e.message);
    this.name = e.name;
    this.workerStack = e.stack;
    this.lane = lane;
  }
}

export interface PoolContext {
  pool: WorkerPool;
  runId: string;
  /** Registers (once) and checks a task function; throws if it cannot run in a worker. */
  fnId(fn: TaskFn): number;
}

/** `chunksize`: most tasks per message to a worker; automatic when not given (see pool/dispatch.ts). */
export function poolExecutor(ctx: PoolContext, slots: number, chunksize?: number): Executor {
  return {
    sequential: false,
    prepare: (fn) => void ctx.fnId(fn),
    execute(fn, args, task) {
      const fnId = ctx.fnId(fn);
      const transfer: Transferable[] = [];
      const plain = args.map((a) => {
        const { value, list } = unwrapTransfer(a);
        transfer.push(...list);
        return value;
      });
      return new Promise((resolve, reject) => {
        let lane = "";
        const job: PoolJob = {
          runId: ctx.runId,
          fnId,
          args: plain,
          transfer,
          slots,
          ...(chunksize ? { chunksize: Math.max(1, Math.floor(chunksize)) } : {}),
          onStart(l) {
            lane = l;
            task.start(l);
          },
          onSettle(r) {
            task.end(r.ok, r.times);
            if (r.ok) resolve(r.value);
            else reject(new TaskError(r.error, lane));
          },
        };
        ctx.pool.submit(job);
      });
    },
  };
}
