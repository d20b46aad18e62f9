import { describe, expect, it } from "vitest";
import { compileInNode, createNodeRuntime } from "../../../../src/runtime/node.ts";
import type { LogLine, Mode, RunResult, TaskTrace } from "../../../../src/runtime/types.ts";

const runtime = createNodeRuntime();

async function run(
  source: string,
  mode: Mode = "serial",
  extra: { budgetMs?: number; id?: string } = {},
) {
  const code = await compileInNode(source);
  if (!code.ok) throw new Error(JSON.stringify(code.diagnostics));
  const lines: LogLine[] = [];
  const traces: TaskTrace[] = [];
  const handle = runtime.run(
    { code, mode, workers: 2, ...extra },
    { onLog: (l) => lines.push(...l), onTask: (t) => traces.push(t) },
  );
  const summary = await handle.promise;
  return { summary, lines, traces, text: lines.map((l) => l.text) };
}

const errorOf = (r: RunResult) => (r.status === "failed" ? r.error : undefined);
const done = (ts: TaskTrace[]) =>
  ts.filter((t): t is Extract<TaskTrace, { state: "done" }> => t.state === "done");

describe("main-thread runs", () => {
  it("captures console output and exports", async () => {
    const { summary, text, lines } = await run(
      'import { threadName } from "lab";\nconsole.log("hi", { a: [1, 2] }, threadName());\nconsole.warn("careful");\nexport const answer: number = 42;\n',
    );
    expect(summary).toMatchObject({
      status: "finished",
      mode: "serial",
      exports: { answer: 42 },
    });
    expect(text).toEqual(["hi { a: [ 1, 2 ] } main", "careful"]);
    expect(lines[1]).toMatchObject({ level: "warn", thread: "main" });
  });

  it("runs map serially one after another and concurrently all at once", async () => {
    const src =
      'import { map, sleep } from "lab";\nconst r = await map(async (x: number) => { await sleep(50); return x * 2; }, [1, 2, 3, 4]);\nconsole.log(r.join(","));\n';
    // Judged by order, not by the clock: serial tasks never overlap, concurrent ones all do.
    const overlaps = (ts: TaskTrace[]) => {
      const d = done(ts);
      return d.filter((a) => d.some((b) => a !== b && a.start < b.end && b.start < a.end)).length;
    };
    const serial = await run(src, "serial");
    expect(serial.text).toEqual(["2,4,6,8"]);
    expect(overlaps(serial.traces)).toBe(0);
    expect(serial.summary.wallMs).toBeGreaterThanOrEqual(4 * 50 - 1);
    const concurrent = await run(src, "concurrent");
    expect(concurrent.text).toEqual(["2,4,6,8"]);
    expect(overlaps(concurrent.traces)).toBe(4);
    const ends = done(concurrent.traces);
    expect(ends).toHaveLength(4);
    expect(ends.every((t) => t.lane === "main" && t.ok && t.group === 1)).toBe(true);
    expect(concurrent.summary).toMatchObject({ tasks: 4, lanes: ["main"] });
  });

  it("traces each task once started and once ended, numbering map calls as groups", async () => {
    const src =
      'import { map, sleep } from "lab";\nawait map((x: number) => sleep(20 * x), [1, 2]);\nawait map(async () => {}, [1], { on: "concurrent" });\n';
    const { traces, summary } = await run(src, "serial");
    expect(traces.map((t) => `${t.group}:${t.index}:${t.state}`)).toEqual([
      "1:0:running",
      "1:0:done",
      "1:1:running",
      "1:1:done",
      "2:0:running",
      "2:0:done",
    ]);
    const [a, b] = done(traces).filter((t) => t.group === 1);
    expect(b!.start).toBeGreaterThanOrEqual(a!.end);
    expect(a!.end - a!.start).toBeGreaterThanOrEqual(18);
    expect(summary).toMatchObject({ tasks: 3, lanes: ["main"] });
  });

  it("reports a thrown error once, at its TypeScript line, with its thread and time", async () => {
    const { summary, lines } = await run(
      "type N = number;\nconst n: N = 1;\n\nfunction boom(): never {\n  throw new Error('bad ' + n);\n}\nboom();\n",
    );
    expect(summary.status).toBe("failed");
    expect(errorOf(summary)).toMatchObject({
      message: "Error: bad 1",
      thread: "main",
      loc: { line: 5 },
    });
    expect(errorOf(summary)!.t).toBeLessThanOrEqual(summary.wallMs);
    // The result carries the error; the log does not repeat it.
    expect(lines.filter((l) => l.level === "error")).toEqual([]);
  });

  it("reports errors from timers and waits for pending timeouts", async () => {
    const ok = await run('setTimeout(() => console.log("later"), 30);\nconsole.log("now");\n');
    expect(ok.text).toEqual(["now", "later"]);
    const bad = await run('setTimeout(() => {\n  throw new RangeError("late");\n}, 10);\n');
    expect(errorOf(bad.summary)).toMatchObject({ message: "RangeError: late", loc: { line: 2 } });
  });

  it("stops a main-thread runaway loop after the budget, even through try/catch", async () => {
    const src = "let n = 0;\nwhile (true) {\n  try { n++; } catch {}\n}\n";
    const { summary } = await run(src, "serial", { budgetMs: 300 });
    expect(summary.status).toBe("failed");
    expect(errorOf(summary)?.message).toMatch(
      /Stopped: this code ran on the main thread for more than 300 ms/,
    );
    expect(errorOf(summary)?.loc?.line).toBe(2);
  });

  it("spares a 1 s busy-wait", async () => {
    const { summary } = await run(
      "const t0 = performance.now();\nwhile (performance.now() - t0 < 1000) {}\nconsole.log('done');\n",
      "serial",
      { budgetMs: 1500 },
    );
    expect(summary.status).toBe("finished");
  });

  it("cancels: a new run of the same playground stops the old one", async () => {
    const code = await compileInNode('setInterval(() => console.log("tick"), 5);\n');
    const other = await compileInNode("console.log(1)");
    if (!code.ok || !other.ok) throw new Error();
    const first = runtime.run({ code, mode: "serial", workers: 1, id: "pg" });
    const second = runtime.run({ code: other, mode: "serial", workers: 1, id: "pg" });
    expect((await first.promise).status).toBe("cancelled");
    expect((await second.promise).status).toBe("finished");
  });
});
