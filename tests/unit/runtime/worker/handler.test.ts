import { describe, expect, it } from "vitest";
import type { FromWorker } from "../../../../src/runtime/pool/protocol.ts";
import { createWorkerHandler } from "../../../../src/runtime/worker/handler.ts";

function setup() {
  const posted: FromWorker[] = [];
  const handler = createWorkerHandler((msg) => posted.push(msg));
  const start = () =>
    handler.onMessage({
      type: "run",
      runId: "r",
      origin: performance.timeOrigin + performance.now(),
      mode: "pool",
      tag: "pg",
      thread: "worker-1",
    });
  const define = (fnId: number, source: string, imports: Record<string, string> = {}) =>
    handler.onMessage({ type: "fn", runId: "r", fnId, source, name: "", imports });
  const task = (taskId: number, fnId: number, args: unknown[]) =>
    handler.onMessage({ type: "task", runId: "r", taskId, fnId, args });
  const settled = () => posted.filter((m) => m.type === "settled");
  return { handler, posted, start, define, task, settled };
}

/** Waits, a few ms at a time, until `done()`; a busy machine only makes it take longer. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((r) => setTimeout(r, 2));
}

describe("pool worker message handling", () => {
  it("runs a task function sent as source and settles it, freeing the worker", () => {
    const w = setup();
    w.start();
    w.define(1, "(x) => x * 2");
    w.task(7, 1, [21]);
    expect(w.settled()).toMatchObject([{ taskId: 7, ok: true, value: 42, ready: true }]);
  });

  it("gives task functions the lab helpers under the names the snippet imported", async () => {
    const w = setup();
    w.start();
    // The task waits on a gate the test opens, so nothing here races the clock.
    let open!: () => void;
    (globalThis as { gate?: Promise<void> }).gate = new Promise<void>((r) => (open = r));
    w.define(1, "async (ms) => { await gate; await nap(ms); console.log(who()); return 1; }", {
      nap: "sleep",
      who: "threadName",
    });
    w.task(1, 1, [5]);
    // An async task frees the worker after its synchronous part, before it settles.
    await until(() => w.posted.length > 0);
    expect(w.posted.map((m) => m.type)).toEqual(["ready"]);
    open();
    await until(() => w.settled().length > 0);
    // Output is flushed before the task settles, so it arrives first.
    expect(w.posted.map((m) => m.type)).toEqual(["ready", "log", "settled"]);
    delete (globalThis as { gate?: Promise<void> }).gate;
    w.handler.onMessage({ type: "end", runId: "r" });
    const logs = w.posted.flatMap((m) => (m.type === "log" ? m.lines.map((l) => l.text) : []));
    expect(logs).toEqual(["worker-1"]);
    expect(w.posted.at(-1)).toEqual({ type: "ended", runId: "r" });
  });

  it("reports a throwing task with a stack frame named after its function", () => {
    const w = setup();
    w.start();
    w.define(3, "(x) => {\n  throw new RangeError('bad ' + x);\n}");
    w.task(1, 3, [1]);
    const [s] = w.settled();
    expect(s).toMatchObject({ ok: false, error: { name: "RangeError", message: "bad 1" } });
    // Line 2 of the task, after the two lines V8 puts before a constructed function's body.
    expect(s?.type === "settled" && !s.ok && s.error.stack).toMatch(/playground-pg-f3\.ts:4:\d+/);
  });

  it("answers a task of a run it does not know instead of leaving the page waiting", () => {
    const w = setup();
    w.task(9, 1, []);
    expect(w.settled()).toMatchObject([{ taskId: 9, ok: false, ready: true }]);
  });

  it("refuses close() inside a task and claims a lone run's unhandled rejection", () => {
    const w = setup();
    w.start();
    w.define(1, "() => close()");
    w.task(1, 1, []);
    expect(w.settled()[0]).toMatchObject({ ok: false, error: { message: /close\(\) would end/ } });
    expect(w.handler.onUnhandledRejection(new Error("lost"))).toBe(true);
    expect(w.posted.at(-1)).toMatchObject({ type: "error", error: { message: "lost" } });
  });
});

describe("pool worker batches", () => {
  it("runs a batch in order and answers with one message of settled tasks", () => {
    const w = setup();
    w.start();
    w.define(1, "(x) => x + 1");
    w.handler.onMessage({
      type: "tasks",
      runId: "r",
      fnId: 1,
      tasks: [1, 2, 3].map((taskId) => ({ taskId, args: [taskId * 10] })),
    });
    expect(w.posted.map((m) => m.type)).toEqual(["batch"]);
    const [batch] = w.posted as Extract<FromWorker, { type: "batch" }>[];
    expect(batch!.settled.map((s) => [s.taskId, s.ok && s.value])).toEqual([
      [1, 11],
      [2, 21],
      [3, 31],
    ]);
    // Each task keeps its own times: they ran one after another.
    const [a, b] = batch!.settled;
    expect(b!.start).toBeGreaterThanOrEqual(a!.end);
  });

  it("fails only the task whose result cannot travel", () => {
    const posted: FromWorker[] = [];
    // Posting clones, as between threads: a function in a result throws DataCloneError.
    const handler = createWorkerHandler((msg) => posted.push(structuredClone(msg)));
    handler.onMessage({ type: "run", runId: "r", origin: 0, mode: "pool", tag: "t", thread: "w" });
    handler.onMessage({
      type: "fn",
      runId: "r",
      fnId: 1,
      source: "(x) => (x === 2 ? () => x : x)",
      name: "",
      imports: {},
    });
    const tasks = [1, 2, 3].map((taskId) => ({ taskId, args: [taskId] }));
    handler.onMessage({ type: "tasks", runId: "r", fnId: 1, tasks });
    const settled = posted.filter((m) => m.type === "settled");
    expect(settled.map((s) => [s.taskId, s.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    expect(settled[1]).toMatchObject({ error: { name: "DataCloneError" } });
  });
});
