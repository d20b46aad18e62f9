import { describe, expect, it } from "vitest";
import {
  WorkerPool,
  type PoolJob,
  type PoolRun,
} from "../../../../src/runtime/pool/worker-pool.ts";
import type { FromWorker, ToWorker } from "../../../../src/runtime/pool/protocol.ts";

/** Stands in for a Web Worker: records what it is sent; the test answers for it. */
class FakeWorker {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(msg: ToWorker): void {
    if (msg.type === "task" && msg.args.some((a) => typeof a === "function")) {
      throw new DOMException("could not be cloned", "DataCloneError");
    }
    this.sent.push(msg);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(msg: FromWorker): void {
    this.onmessage?.({ data: msg } as MessageEvent<FromWorker>);
  }
  tasks(): Extract<ToWorker, { type: "task" }>[] {
    return this.sent.filter((m): m is Extract<ToWorker, { type: "task" }> => m.type === "task");
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const pool = new WorkerPool(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  const run: PoolRun = {
    runId: "r1",
    origin: 0,
    mode: "pool",
    tag: "t",
    fns: new Map([[1, { source: "(x) => x", name: "", imports: {} }]]),
    onLog: () => {},
    onError: () => {},
  };
  pool.register(run);
  const events: string[] = [];
  const job = (i: number, args: unknown[] = [i]): PoolJob => ({
    runId: "r1",
    fnId: 1,
    args,
    transfer: [],
    slots: 2,
    onStart: (lane) => events.push(`start ${i} ${lane}`),
    onSettle: (r) => events.push(`settle ${i} ${r.ok ? "ok" : r.error?.name}`),
  });
  return { pool, workers, events, job };
}

describe("WorkerPool", () => {
  it("hands out one task per free worker and the next when one reports ready", () => {
    const { pool, workers, events, job } = setup();
    [0, 1, 2].forEach((i) => pool.submit(job(i)));
    expect(workers).toHaveLength(2);
    expect(workers[0]!.sent.map((m) => m.type)).toEqual(["run", "fn", "task"]);
    expect(events).toEqual(["start 0 worker-1", "start 1 worker-2"]);
    const first = workers[0]!.tasks()[0]!;
    workers[0]!.reply({
      type: "settled",
      runId: "r1",
      taskId: first.taskId,
      ok: true,
      value: 0,
      start: 1,
      syncEnd: 2,
      end: 2,
      ready: true,
    });
    expect(events.slice(2)).toEqual(["settle 0 ok", "start 2 worker-1"]);
    // The function is sent once per worker and run, not per task.
    expect(workers[0]!.sent.filter((m) => m.type === "fn")).toHaveLength(1);
  });

  it("keeps an async task's worker busy until it reports its event loop free", () => {
    const { pool, workers, events, job } = setup();
    [0, 1, 2].forEach((i) => pool.submit(job(i)));
    workers[0]!.reply({ type: "ready", runId: "r1" });
    expect(events).toContain("start 2 worker-1");
  });

  it("settles uncloneable arguments with DataCloneError and carries on", () => {
    const { pool, events, job } = setup();
    pool.submit(job(0, [() => 1]));
    pool.submit(job(1));
    expect(events).toEqual(["settle 0 DataCloneError", "start 1 worker-1"]);
  });

  it("replaces a worker on Stop and on a crash", () => {
    const { pool, workers, events, job } = setup();
    pool.submit(job(0));
    pool.submit(job(1));
    pool.cancelRun("r1");
    expect(workers[0]!.terminated && workers[1]!.terminated).toBe(true);
    expect(workers).toHaveLength(4);
    expect(events).toEqual(["start 0 worker-1", "start 1 worker-2"]);

    pool.register({
      runId: "r1",
      origin: 0,
      mode: "pool",
      tag: "t",
      fns: new Map([[1, { source: "(x) => x", name: "", imports: {} }]]),
      onLog: () => {},
      onError: () => {},
    });
    pool.submit(job(2));
    const crashed = workers[2]!;
    crashed.onerror?.({
      message: "Uncaught RangeError: out of memory",
      filename: "",
      lineno: 0,
      colno: 0,
      preventDefault() {},
    } as unknown as ErrorEvent);
    expect(crashed.terminated).toBe(true);
    expect(events.at(-1)).toBe("settle 2 WorkerCrash");
    expect(pool.size).toBe(2);
  });
});

describe("WorkerPool prefetching", () => {
  const settle = (w: FakeWorker, taskId: number, ms: number) =>
    w.reply({
      type: "settled",
      runId: "r1",
      taskId,
      ok: true,
      value: 0,
      start: 0,
      syncEnd: ms,
      end: ms,
      ready: true,
    });

  it("gives a quick worker the next task of the same function early, never before a free one", () => {
    const { pool, workers, events, job } = setup();
    [0, 1].forEach((i) => pool.submit(job(i)));
    settle(workers[0]!, workers[0]!.tasks()[0]!.taskId, 0.1);
    settle(workers[1]!, workers[1]!.tasks()[0]!.taskId, 0.1);
    expect(events.filter((e) => e.startsWith("start"))).toHaveLength(2);
    // Both workers are quick and free: four tasks, two each, not four on the first.
    [2, 3, 4, 5].forEach((i) => pool.submit(job(i)));
    expect(workers[0]!.tasks()).toHaveLength(3);
    expect(workers[1]!.tasks()).toHaveLength(3);
  });

  it("queues nothing behind a slow task", () => {
    const { pool, workers, job } = setup();
    [0, 1].forEach((i) => pool.submit(job(i)));
    settle(workers[0]!, workers[0]!.tasks()[0]!.taskId, 50);
    settle(workers[1]!, workers[1]!.tasks()[0]!.taskId, 50);
    [2, 3, 4].forEach((i) => pool.submit(job(i)));
    expect(workers[0]!.tasks()).toHaveLength(2);
    expect(workers[1]!.tasks()).toHaveLength(2);
  });
});

describe("WorkerPool batches", () => {
  it("sends a quick function's queued tasks in batches, each task once, spread over workers", () => {
    const { pool, workers, events, job } = setup();
    const answer = (w: FakeWorker) => {
      // The worker answers every task message it has not answered yet, as a fast worker would.
      const done = new Set<number>();
      return () => {
        for (const m of w.sent) {
          const ids =
            m.type === "task" ? [m.taskId] : m.type === "tasks" ? m.tasks.map((t) => t.taskId) : [];
          const fresh = ids.filter((id) => !done.has(id));
          if (!fresh.length) continue;
          fresh.forEach((id) => done.add(id));
          const settled = fresh.map((taskId) => ({
            type: "settled" as const,
            runId: "r1",
            taskId,
            ok: true as const,
            value: 0,
            start: 0,
            syncEnd: 0.01,
            end: 0.01,
            ready: true,
          }));
          w.reply(settled.length === 1 ? settled[0]! : { type: "batch", settled });
          return true;
        }
        return false;
      };
    };
    for (let i = 0; i < 100; i++) pool.submit(job(i));
    const [a, b] = workers.map(answer);
    // Both answer in turn, as two threads would.
    while (Number(a!()) + Number(b!()) > 0) {
      /* keep answering until every task settled */
    }
    const starts = events.filter((e) => e.startsWith("start"));
    expect(starts).toHaveLength(100);
    expect(events.filter((e) => e.startsWith("settle"))).toHaveLength(100);
    const sizes = workers.flatMap((w) =>
      w.sent.flatMap((m) => (m.type === "tasks" ? [m.tasks.length] : m.type === "task" ? [1] : [])),
    );
    expect(Math.max(...sizes)).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(16);
    // Both workers did a share of the work.
    expect(starts.filter((e) => e.endsWith("worker-1")).length).toBeGreaterThan(10);
    expect(starts.filter((e) => e.endsWith("worker-2")).length).toBeGreaterThan(10);
  });

  it("never batches a function whose tasks took long", () => {
    const { pool, workers, job } = setup();
    [0, 1].forEach((i) => pool.submit(job(i)));
    for (const w of workers)
      w.reply({
        type: "settled",
        runId: "r1",
        taskId: w.tasks()[0]!.taskId,
        ok: true,
        value: 0,
        start: 0,
        syncEnd: 5,
        end: 5,
        ready: true,
      });
    for (let i = 2; i < 40; i++) pool.submit(job(i));
    expect(workers.every((w) => w.sent.every((m) => m.type !== "tasks"))).toBe(true);
  });

  it("follows a call's own chunksize: 1 never batches, 5 batches even slow tasks", () => {
    const answer = (ms: number) => (w: FakeWorker) =>
      w.reply({
        type: "settled",
        runId: "r1",
        taskId: w.tasks()[0]!.taskId,
        ok: true,
        value: 0,
        start: 0,
        syncEnd: ms,
        end: ms,
        ready: true,
      });
    const single = setup();
    [0, 1].forEach((i) => single.pool.submit({ ...single.job(i), chunksize: 1 }));
    single.workers.forEach(answer(0.01));
    for (let i = 2; i < 40; i++) single.pool.submit({ ...single.job(i), chunksize: 1 });
    expect(single.workers.every((w) => w.sent.every((m) => m.type !== "tasks"))).toBe(true);

    const five = setup();
    for (let i = 0; i < 40; i++) five.pool.submit({ ...five.job(i), chunksize: 5 });
    five.workers.forEach(answer(5));
    const batches = five.workers.flatMap((w) =>
      w.sent.flatMap((m) => (m.type === "tasks" ? [m.tasks.length] : [])),
    );
    expect(batches).toEqual([5, 5]);
  });
});
