import { describe, expect, it } from "vitest";
import { compileInNode, createNodeRuntime } from "../../../../src/runtime/node.ts";
import type { Mode, RunResult } from "../../../../src/runtime/types.ts";
import {
  buildSteps,
  createRecording,
  recordedProgram,
} from "../../../../src/runtime/trace/tools.ts";
import type { LoopRun } from "../../../../src/runtime/trace/loop-types.ts";

const runtime = createNodeRuntime();

/** Runs `source` plain and recorded (one after the other); returns both outputs and the steps. */
async function both(source: string, { mode = "serial", cap }: { mode?: Mode; cap?: number } = {}) {
  const compiled = await compileInNode(source);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
  const plain: string[] = [];
  await runtime.run(
    { code: compiled, mode, workers: 1 },
    { onLog: (l) => plain.push(...l.map((x) => x.text)) },
  ).promise;
  const program = recordedProgram(compiled);
  if ("error" in program) throw new Error(program.error);
  const recording = createRecording(program.plan, cap ? { cap } : {});
  const lines: string[] = [];
  const result: RunResult = await runtime.run(
    { code: program.code, mode, workers: 1, recording },
    { onLog: (l) => lines.push(...l.map((x) => x.text)) },
  ).promise;
  const raw = recording.trace();
  if (!raw) throw new Error("no trace");
  return { plain, lines, result, run: buildSteps(raw), raw };
}

/** "kind: title → logs" per step. */
const summary = (run: LoopRun) =>
  run.steps.map(
    (s) =>
      `${s.kind}: ${s.title}${s.logs.length ? " → " + s.logs.map((l) => l.text).join(" ") : ""}`,
  );

describe("a recorded run in Node", () => {
  it("gives the lesson's ordering exercise its steps, kinds, lines and queues", async () => {
    const { plain, lines, run } = await both(`import { sleep } from "lab";
const log = (letter: string) => console.log(letter);
async function task() {
  log("A");
  await Promise.resolve();
  log("B");
}
setTimeout(() => log("C"), 0);
void Promise.resolve().then(() => log("D"));
void task();
log("E");
queueMicrotask(() => log("F"));
await sleep(20);
`);
    expect(lines).toEqual(plain);
    expect(lines).toEqual(["A", "E", "D", "B", "F", "C"]);
    expect(summary(run)).toEqual([
      "script: runs the script → A E",
      "microtask: then callback from line 9 → D",
      "microtask: resumes task after await at line 5 → B",
      "microtask: queueMicrotask callback from line 12 → F",
      "task: timer callback from line 8 → C",
      "task: timer of sleep() from line 13",
      "microtask: resumes the script after await at line 13",
    ]);
    expect(run.steps.map((s) => s.line)).toEqual([undefined, 9, 5, 12, 8, 13, 13]);
    expect(run.steps[0]!.logs.map((l) => l.line)).toEqual([2, 2]);
    const after = run.detail(0);
    // queueMicrotask queues at once, and jobs run in the order they were queued.
    expect(after.microtasks.map((m) => [m.line, m.state])).toEqual([
      [9, "queued"],
      [5, "queued"],
      [12, "queued"],
    ]);
    expect(after.tasks.map((t) => t.line)).toEqual([8, 13]);
    expect(after.stack).toEqual(["the script", "task"]);
    expect(after.effects).toContain("task awaits at line 5: it gives the thread back");
    expect(run.detail(4).microtasks).toEqual([]);
    expect(run.detail(4).tasks.map((t) => t.line)).toEqual([13]);
  });

  it("tells then callbacks, rejected awaits, thenables and for await loops apart", async () => {
    const { plain, lines, run, raw } =
      await both(`const thenable = { then(resolve: (v: number) => void) { console.log("th"); resolve(1); } };
async function f() {
  try { await Promise.reject(new Error("no")); } catch { console.log("caught"); }
}
async function* g() { try { yield 1; yield 2; } finally { console.log("fin"); } }
void f();
await thenable;
for await (const v of g()) { console.log("v" + v); break; }
console.log("out");
`);
    expect(lines).toEqual(plain);
    expect(raw.anomalies).toBe(0);
    const kindOf = (text: string) => run.steps.find((s) => s.logs.some((l) => l.text === text));
    expect(kindOf("th")).toMatchObject({
      kind: "microtask",
      title: "the engine calls then() of a thenable (line 1)",
    });
    expect(kindOf("caught")).toMatchObject({ kind: "microtask", line: 3 });
    expect(kindOf("caught")!.title).toMatch(/^resumes f in its catch block at line 3/);
    expect(kindOf("v1")).toMatchObject({
      kind: "microtask",
      title: "resumes the script in the for await loop at line 8",
    });
    expect(kindOf("fin")).toMatchObject({
      kind: "microtask",
      title: expect.stringMatching(/^resumes g in its finally block/) as unknown,
    });
    expect(kindOf("out")).toMatchObject({
      kind: "microtask",
      title: "resumes the script after the for await loop at line 8",
    });
  });

  it("marks a job it did not see start as unknown, and says so", async () => {
    const { lines, run } = await both(
      `const q = queueMicrotask;\nq(() => console.log("hidden"));\n`,
    );
    expect(lines).toEqual(["hidden"]);
    expect(run.steps.at(-1)).toMatchObject({ kind: "unknown" });
    expect(run.notes.join(" ")).toMatch(/1 step ran in jobs the recorder did not see start/);
  });

  it("puts lab tasks started together in one job into one step", async () => {
    const src = `import { map } from "lab";\nawait map((x: number) => console.log("task", x), [1, 2, 3]);\n`;
    const concurrent = await both(src, { mode: "concurrent" });
    expect(summary(concurrent.run)).toEqual([
      "script: runs the script",
      "microtask: lab starts tasks 1–3 of call 1 on the main thread, in one job → task 1 task 2 task 3",
      "microtask: resumes the script after await at line 2",
    ]);
    const serial = await both(src, { mode: "serial" });
    expect(serial.run.steps.filter((s) => s.title.startsWith("lab starts task")).length).toBe(3);
  });

  it("stops recording at its cap while the run goes on", async () => {
    const { lines, result, run } = await both(
      `let n = 0;\nfor (let i = 0; i < 2000; i++) { await null; n++; }\nconsole.log("done", n);\n`,
      { cap: 1000 },
    );
    expect(result.status).toBe("finished");
    expect(lines).toEqual(["done 2000"]);
    expect(run.events).toBeLessThanOrEqual(1000);
    expect(run.capped).toMatch(/^Recording stopped after 1,000 events, at step \d+/);
  });

  it("keeps an error at its TypeScript line when the run is recorded", async () => {
    const { result } = await both(
      `type N = number;\nasync function f(n: N) {\n  await null;\n  throw new Error("at line 4 " + n);\n}\nawait f(1);\n`,
    );
    expect(result).toMatchObject({
      status: "failed",
      error: { message: "Error: at line 4 1", loc: { line: 4, column: 9 } },
    });
  });

  it("words an engine message about recorded code as it would for the plain code", async () => {
    const src = `const f = async () => 1;\n(await f())();\n`;
    const compiled = await compileInNode(src);
    if (!compiled.ok) throw new Error("compile");
    const plain = await runtime.run({ code: compiled, mode: "serial", workers: 1 }).promise;
    const { result } = await both(src);
    expect(plain).toMatchObject({
      status: "failed",
      error: { message: "TypeError: (intermediate value) is not a function" },
    });
    expect(result).toMatchObject({
      status: "failed",
      error: { message: "TypeError: (intermediate value) is not a function", loc: { line: 2 } },
    });
  });

  it("shows timers in the task queue as waiting until due, and their waits as observed", async () => {
    const { run } = await both(
      `setTimeout(() => console.log("late"), 30);\nsetTimeout(() => console.log("soon"), 0);\n`,
    );
    const after = run.detail(0).tasks;
    expect(after.map((t) => [t.line, t.state])).toEqual([
      [1, "waiting"],
      [2, "due"],
    ]);
    expect(run.steps[2]!.note).toMatch(/^asked 30 ms, waited \d+/);
  });
});
