import { describe, expect, it } from "vitest";
import { compileInNode } from "../../../src/runtime/compile-node.ts";
import { runInNode } from "../../../src/runtime/run-node.ts";
import type { LogLine, Mode, TaskTrace } from "../../../src/runtime/types.ts";

async function run(
  source: string,
  mode: Mode = "serial",
  extra: { budgetMs?: number; id?: string } = {},
) {
  const code = await compileInNode(source);
  if (!code.ok) throw new Error(JSON.stringify(code.diagnostics));
  const lines: LogLine[] = [];
  const traces: TaskTrace[] = [];
  const handle = runInNode(
    { code, mode, workers: 2, ...extra },
    { onLog: (l) => lines.push(...l), onTask: (t) => traces.push(t) },
  );
  const summary = await handle.promise;
  return { summary, lines, traces, text: lines.map((l) => l.text) };
}

describe("main-thread runs", () => {
  it("captures console output and exports", async () => {
    const { summary, text, lines } = await run(
      'import { threadName } from "lab";\nconsole.log("hi", { a: [1, 2] }, threadName());\nconsole.warn("careful");\nexport const answer: number = 42;\n',
    );
    expect(summary).toMatchObject({
      ok: true,
      cancelled: false,
      mode: "serial",
      exports: { answer: 42 },
    });
    expect(text).toEqual(["hi { a: [ 1, 2 ] } main", "careful"]);
    expect(lines[1]).toMatchObject({ level: "warn", thread: "main" });
  });

  it("runs map serially one after another and concurrently all at once", async () => {
    const src =
      'import { map, sleep, now } from "lab";\nconst t0 = now();\nconst r = await map(async (x: number) => { await sleep(50); return x * 2; }, [1, 2, 3, 4]);\nconsole.log(r.join(","), Math.round((now() - t0) / 50));\n';
    const serial = await run(src, "serial");
    expect(serial.text).toEqual(["2,4,6,8 4"]);
    const concurrent = await run(src, "concurrent");
    expect(concurrent.text).toEqual(["2,4,6,8 1"]);
    const ends = concurrent.traces.filter((t) => t.end !== undefined);
    expect(ends).toHaveLength(4);
    expect(ends.every((t) => t.lane === "main" && t.ok && t.group === 1)).toBe(true);
    expect(concurrent.summary).toMatchObject({ tasks: 4, lanes: ["main"] });
  });

  it("traces each task once started and once ended, numbering map calls as groups", async () => {
    const src =
      'import { map, sleep } from "lab";\nawait map((x: number) => sleep(20 * x), [1, 2]);\nawait map(async () => {}, [1], { on: "concurrent" });\n';
    const { traces, summary } = await run(src, "serial");
    expect(
      traces.map((t) => `${t.group}:${t.index}:${t.end === undefined ? "start" : "end"}`),
    ).toEqual(["1:0:start", "1:0:end", "1:1:start", "1:1:end", "2:0:start", "2:0:end"]);
    const [a, b] = traces.filter((t) => t.group === 1 && t.end !== undefined);
    expect(b!.start).toBeGreaterThanOrEqual(a!.end!);
    expect(a!.end! - a!.start).toBeGreaterThanOrEqual(18);
    expect(summary).toMatchObject({ tasks: 3, lanes: ["main"] });
  });

  it("reports a thrown error at its TypeScript line", async () => {
    const { summary, lines } = await run(
      "type N = number;\nconst n: N = 1;\n\nfunction boom(): never {\n  throw new Error('bad ' + n);\n}\nboom();\n",
    );
    expect(summary.ok).toBe(false);
    expect(summary.error).toMatchObject({ message: "Error: bad 1", line: 5 });
    expect(lines.at(-1)).toMatchObject({ level: "error", loc: { line: 5 } });
  });

  it("reports errors from timers and waits for pending timeouts", async () => {
    const ok = await run('setTimeout(() => console.log("later"), 30);\nconsole.log("now");\n');
    expect(ok.text).toEqual(["now", "later"]);
    const bad = await run('setTimeout(() => {\n  throw new RangeError("late");\n}, 10);\n');
    expect(bad.summary.error).toMatchObject({ message: "RangeError: late", line: 2 });
  });

  it("stops a main-thread runaway loop after the budget, even through try/catch", async () => {
    const src = "let n = 0;\nwhile (true) {\n  try { n++; } catch {}\n}\n";
    const { summary } = await run(src, "serial", { budgetMs: 300 });
    expect(summary.ok).toBe(false);
    expect(summary.error?.message).toMatch(
      /Stopped: this code ran on the main thread for more than 300 ms/,
    );
    expect(summary.error?.line).toBe(2);
  });

  it("spares a 1 s busy-wait", async () => {
    const { summary } = await run(
      "const t0 = performance.now();\nwhile (performance.now() - t0 < 1000) {}\nconsole.log('done');\n",
      "serial",
      { budgetMs: 1500 },
    );
    expect(summary.ok).toBe(true);
  });

  it("cancels: a new run of the same playground stops the old one", async () => {
    const code = await compileInNode('setInterval(() => console.log("tick"), 5);\n');
    if (!code.ok) throw new Error();
    const first = runInNode({ code, mode: "serial", workers: 1, id: "pg" });
    const second = runInNode({
      code: (await compileInNode("console.log(1)")) as typeof code,
      mode: "serial",
      workers: 1,
      id: "pg",
    });
    expect(await first.promise).toMatchObject({ cancelled: true, ok: false });
    expect(await second.promise).toMatchObject({ ok: true });
  });
});
