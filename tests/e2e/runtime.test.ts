import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { compileInNode, type Compiled } from "../../src/runtime/node.ts";
import type { Mode, RunResult, Runtime, TaskTrace } from "../../src/runtime/index.ts";
import { useRuntimePage } from "./browser.ts";
import { expectUnder, machineIsIdle } from "./machine.ts";

interface Outcome {
  summary: RunResult;
  lines: string[];
  traces: TaskTrace[];
  ms: number;
}

interface RunOptions {
  workers?: number;
  budgetMs?: number;
  cancelAfterMs?: number;
  browserCompile?: boolean;
}

/** What the fixture page puts on `window`. */
interface FixtureWindow {
  looplab: { runtime: Runtime; precompiled: Compiled };
}

let page: Page;
useRuntimePage((opened) => (page = opened));

/** Compiles `source` (in Node unless asked otherwise) and runs it on the fixture page. */
async function run(source: string, mode: Mode, options: RunOptions = {}): Promise<Outcome> {
  const code = options.browserCompile ? null : await compileInNode(source);
  if (code && !code.ok) throw new Error(JSON.stringify(code.diagnostics));
  return page.evaluate(
    async ({ code, source, mode, options }): Promise<Outcome> => {
      const lab = (window as unknown as FixtureWindow).looplab.runtime;
      const compiled = code ?? (await lab.compile(source));
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
      const lines: string[] = [];
      const traces: TaskTrace[] = [];
      const t0 = performance.now();
      const handle = lab.run(
        {
          code: compiled,
          mode,
          workers: options.workers ?? 2,
          budgetMs: options.budgetMs ?? 10_000,
        },
        {
          onLog: (l) => lines.push(...l.map((x) => `${x.thread}|${x.level}|${x.text}`)),
          onTask: (t) => traces.push(t),
        },
      );
      if (options.cancelAfterMs !== undefined)
        setTimeout(() => handle.cancel(), options.cancelAfterMs);
      const summary = await handle.promise;
      return { summary, lines, traces, ms: performance.now() - t0 };
    },
    { code, source, mode, options },
  );
}

const finished = (o: Outcome) =>
  o.traces.filter((t): t is Extract<TaskTrace, { state: "done" }> => t.state === "done");
const errorOf = (o: Outcome) => (o.summary.status === "failed" ? o.summary.error : undefined);

describe("runtime in Chromium", () => {
  it("runs map in each mode with the right output and trace", async () => {
    const src =
      'import { map, sleep, threadName } from "lab";\nconst r = await map(async (x: number) => { await sleep(30); return `${x}@${threadName()}`; }, [1, 2, 3, 4]);\nconsole.log(r.length);\nexport const first = r[0];\n';
    for (const mode of ["serial", "concurrent", "pool"] as const) {
      const o = await run(src, mode);
      expect(o.summary).toMatchObject({ status: "finished", mode, tasks: 4 });
      expect(o.lines).toEqual(["main|log|4"]);
      const done = finished(o);
      expect(done.map((t) => t.index).sort()).toEqual([0, 1, 2, 3]);
      expect(
        done.every((t) => t.ok && t.group === 1 && t.end >= t.start && t.start >= t.queued),
      ).toBe(true);
      const first = o.summary.status === "finished" ? o.summary.exports["first"] : undefined;
      if (mode === "pool") {
        expect(o.summary.lanes).toEqual(["worker-1", "worker-2"]);
        expect(first).toMatch(/^1@worker-\d$/);
      } else {
        expect(o.summary.lanes).toEqual(["main"]);
        expect(first).toBe("1@main");
      }
    }
  });

  it("spreads CPU work over a pool of 2 faster than serial", async (ctx) => {
    const src =
      'import { map, spin } from "lab";\nawait map(() => spin(100), [1, 2, 3, 4, 5, 6, 7, 8]);\n';
    const serial = await run(src, "serial");
    const pool = await run(src, "pool");
    expect([serial.summary.status, pool.summary.status]).toEqual(["finished", "finished"]);
    expect(serial.summary.wallMs).toBeGreaterThan(790);
    // The lanes really overlapped: that holds on any machine.
    const [a, b] = ["worker-1", "worker-2"].map((lane) =>
      finished(pool).filter((t) => t.lane === lane),
    );
    expect(a!.length + b!.length).toBe(8);
    expect(a!.some((x) => b!.some((y) => x.start < y.end && y.start < x.end))).toBe(true);
    // Ideal is half; a machine whose cores are busy elsewhere cannot show it.
    const ratio = pool.summary.wallMs / serial.summary.wallMs;
    if (ratio >= 0.8 && !(await machineIsIdle()))
      ctx.skip(
        `pool/serial ${ratio.toFixed(2)}: the machine's cores were busy with other programs`,
      );
    expect(ratio).toBeLessThan(0.8);
  });

  it("overlaps 8 sleeps of 200 ms concurrently and in the pool", async () => {
    const src =
      'import { map, sleep } from "lab";\nawait map(() => sleep(200), [1, 2, 3, 4, 5, 6, 7, 8]);\n';
    for (const mode of ["concurrent", "pool"] as const) {
      const o = await run(src, mode);
      expect(o.summary.status).toBe("finished");
      // Judged by the trace, not the clock: all eight waits were in flight at once.
      const done = finished(o);
      const last = Math.min(...done.map((t) => t.end));
      expect(done.every((t) => t.start < last)).toBe(true);
    }
  });

  it("stops a busy worker at once and the next run works", async (ctx) => {
    const o = await run(
      'import { map } from "lab";\nawait map(() => { while (true) {} }, [1]);\n',
      "pool",
      { cancelAfterMs: 200 },
    );
    expect(o.summary.status).toBe("cancelled");
    const next = await run(
      'import { map, threadName } from "lab";\nconsole.log((await map(() => threadName(), [1, 2])).join());\n',
      "pool",
    );
    expect(next.summary.status).toBe("finished");
    expect(next.lines).toEqual(["main|log|worker-1,worker-2"]);
    await expectUnder(ctx, "Stop", o.ms, 1200);
  });

  it("stops a main-thread runaway loop after the budget", async (ctx) => {
    const o = await run("let i = 0;\nwhile (true) {\n  i++;\n}\n", "serial", { budgetMs: 1000 });
    expect(errorOf(o)?.message).toContain(
      "Stopped: this code ran on the main thread for more than 1 s",
    );
    expect(errorOf(o)?.loc?.line).toBe(2);
    await expectUnder(ctx, "a 1 s budget stop", o.ms, 2000);
  });

  it("reports task errors, worker crashes and uncloneable arguments clearly", async (ctx) => {
    const err = await run(
      'import { map } from "lab";\nawait map((x: number) => {\n  if (x > 1) throw new Error("bad " + x);\n  return x;\n}, [1, 2]);\n',
      "pool",
    );
    expect(errorOf(err)).toMatchObject({ message: "Error: bad 2", loc: { line: 3 } });
    expect(errorOf(err)?.thread).toMatch(/^worker-\d$/);
    const crash = await run(
      'import { map, sleep } from "lab";\nawait map(async () => {\n  self.setTimeout(() => { throw new Error("boom"); });\n  await sleep(1000);\n}, [1]);\n',
      "pool",
    );
    expect(errorOf(crash)?.message).toMatch(/worker-\d crashed: .*boom/);
    const clone = await run(
      'import { map } from "lab";\n\nawait map((f: unknown) => typeof f, [() => 1]);\n',
      "pool",
    );
    expect(errorOf(clone)?.message).toContain("can't be sent to a worker");
    expect(errorOf(clone)?.loc?.line).toBe(3);
    const closure = await run(
      'import { map } from "lab";\nconst limit = 3;\nawait map(function work(n: number) { return n < limit; }, [1]);\n',
      "pool",
    );
    expect(errorOf(closure)?.message).toContain(
      'Task function "work" uses "limit", which lives on the main thread.',
    );
    // `name` is also a global in workers; the snippet's own `name` must still be caught.
    const shadow = await run(
      'import { map } from "lab";\nconst name = "main";\nawait map(() => name, [1]);\n',
      "pool",
    );
    expect(errorOf(shadow)?.message).toContain('uses "name", which lives on the main thread');
    const healed = await run(
      'import { map } from "lab";\nconsole.log((await map((x: number) => x * 2, [1, 2, 3])).join());\n',
      "pool",
    );
    expect(healed.lines).toEqual(["main|log|2,4,6"]);
    await expectUnder(ctx, "a crashed worker's report", crash.ms, 900);
  });

  it("ends the run on a promise rejection nobody handles, on either thread", async () => {
    const main = await run(
      'import { sleep } from "lab";\nasync function later() {\n  throw new Error("nobody waits");\n}\nvoid later();\nawait sleep(100);\n',
      "serial",
    );
    expect(errorOf(main)).toMatchObject({ message: "Error: nobody waits", loc: { line: 3 } });
    const worker = await run(
      'import { map, sleep } from "lab";\nawait map(async () => {\n  void Promise.reject(new Error("lost in a worker"));\n  await sleep(100);\n}, [1]);\n',
      "pool",
    );
    expect(errorOf(worker)).toMatchObject({
      message: "Error: lost in a worker",
      loc: { line: 3 },
    });
  });

  it("moves transferred buffers and runs submit/map on a created pool", async () => {
    const src =
      'import { createPool, transfer, threadName } from "lab";\n' +
      "const pool = createPool(2);\n" +
      "const buf = new ArrayBuffer(1024);\n" +
      "const back = await pool.submit((b: ArrayBuffer) => transfer(b, [b]), transfer(buf, [buf]));\n" +
      "const lanes = await pool.map(() => threadName(), [1, 2, 3, 4]);\n" +
      "pool.close();\n" +
      'console.log(buf.byteLength, back.byteLength, pool.size, lanes.every((l) => l.startsWith("worker-")));\n';
    const o = await run(src, "serial");
    expect(o.summary.status).toBe("finished");
    expect(o.lines).toEqual(["main|log|0 1024 2 true"]);
    expect(new Set(finished(o).map((t) => t.group))).toEqual(new Set([1]));
  });

  it("shares a SharedArrayBuffer with tasks when cross-origin isolated", async () => {
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const src =
      'import { map } from "lab";\nconst sab = new SharedArrayBuffer(4);\nawait map((s: SharedArrayBuffer) => { Atomics.add(new Int32Array(s), 0, 1); }, [sab, sab, sab, sab]);\nconsole.log(new Int32Array(sab)[0]);\n';
    expect((await run(src, "pool")).lines).toEqual(["main|log|4"]);
  });

  it("compiles an edit in the browser exactly as Node does, and runs it", async () => {
    const src =
      'import { map, threadName } from "lab";\ninterface R { n: number }\nconst rs: R[] = await map((n: number) => ({ n: n * 3 }), [1, 2]);\nconsole.log(rs.map((r) => r.n).join(), threadName());\n';
    const inBrowser = await page.evaluate(
      (s) => (window as unknown as FixtureWindow).looplab.runtime.compile(s),
      src,
    );
    expect(inBrowser).toEqual(await compileInNode(src));
    const o = await run(src, "pool", { browserCompile: true });
    expect(o.lines).toEqual(["main|log|3,6 main"]);
  });

  it("runs the precompiled example shipped in the page", async () => {
    const o = await page.evaluate(async () => {
      const lab = (window as unknown as FixtureWindow).looplab;
      return lab.runtime.run({ code: lab.precompiled, mode: "pool", workers: 2 }).promise;
    });
    expect(o).toMatchObject({ status: "finished", exports: { done: true }, tasks: 3 });
  });

  it("batches a quick function's tasks without changing results, traces or where they ran", async () => {
    const src =
      'import { map, threadName } from "lab";\nconst items = Array.from({ length: 500 }, (_, i) => i);\nconst batched = await map((x: number) => `${x * 2}@${threadName()}`, items);\nconst single = await map((x: number) => x * 2, items, { chunksize: 1 });\nconsole.log(batched.every((r, i) => r.startsWith(`${single[i]}@worker-`)));\nconsole.log(new Set(batched.map((r) => r.split("@")[1])).size);\n';
    // Counts the task messages the page sends, by kind.
    await page.evaluate(() => {
      const sent = { task: 0, tasks: 0 };
      const proto = Worker.prototype;
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its worker below
      const post = proto.postMessage;
      Worker.prototype.postMessage = function (this: Worker, msg: unknown, ...rest: unknown[]) {
        const type = (msg as { type?: string } | null)?.type;
        if (type === "task" || type === "tasks") sent[type]++;
        return (post as (...a: unknown[]) => void).call(this, msg, ...rest);
      } as Worker["postMessage"];
      Object.assign(window, { sent, restorePost: () => (Worker.prototype.postMessage = post) });
    });
    const o = await run(src, "pool");
    const sent = await page.evaluate(() => {
      const w = window as unknown as { sent: object; restorePost(): void };
      w.restorePost();
      return w.sent as { task: number; tasks: number };
    });
    // The first map went mostly in batches; chunksize 1 sent a message per task.
    expect(sent.tasks).toBeGreaterThan(0);
    expect(sent.task + sent.tasks).toBeLessThan(1000);
    expect(sent.task).toBeGreaterThanOrEqual(500);
    expect(o.summary.status).toBe("finished");
    // Every result in order and from a worker; both workers took a share.
    expect(o.lines).toEqual(["main|log|true", "main|log|2"]);
    const done = finished(o);
    expect(done).toHaveLength(1000);
    for (const group of [1, 2]) {
      const indexes = done.filter((t) => t.group === group).map((t) => t.index);
      expect(new Set(indexes).size).toBe(500);
    }
    // Tasks of one batch ran one after another on their worker: no overlapping bars.
    for (const lane of ["worker-1", "worker-2"]) {
      const bars = done.filter((t) => t.lane === lane).toSorted((a, b) => a.start - b.start);
      for (let i = 1; i < bars.length; i++)
        expect(bars[i]!.start).toBeGreaterThanOrEqual(bars[i - 1]!.syncEnd);
    }
  });
});
