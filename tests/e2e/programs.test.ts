import type { Page, Worker as PageWorker } from "playwright-core";
import { describe, expect, it } from "vitest";
import { compileProgramInNode, type CompiledProgram } from "../../src/runtime/node.ts";
import type { Mode, RunResult, Runtime, TaskTrace } from "../../src/runtime/index.ts";
import { useRuntimePage } from "./browser.ts";

interface Outcome {
  summary: RunResult;
  lines: string[];
  traces: TaskTrace[];
}

interface FixtureWindow {
  looplab: { runtime: Runtime };
}

let page: Page;
useRuntimePage((opened) => (page = opened));

/** Compiles the files in Node (main.ts first) and runs the program on the fixture page. */
async function run(
  files: Record<string, string>,
  options: { mode?: Mode; cancelAfterMs?: number; id?: string } = {},
): Promise<Outcome> {
  const compiled = await compileProgramInNode({ entry: "main.ts", files });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
  return runCompiled(compiled, options);
}

function runCompiled(
  program: CompiledProgram,
  options: { mode?: Mode; cancelAfterMs?: number; id?: string },
): Promise<Outcome> {
  return page.evaluate(
    async ({ program, options }): Promise<Outcome> => {
      const { runtime } = (window as unknown as FixtureWindow).looplab;
      const lines: string[] = [];
      const traces: TaskTrace[] = [];
      const handle = runtime.run(
        {
          program,
          mode: options.mode ?? "serial",
          workers: 2,
          budgetMs: 5_000,
          id: options.id ?? "prog",
        },
        {
          onLog: (l) => lines.push(...l.map((x) => `${x.thread}|${x.level}|${x.text}`)),
          onTask: (t) => traces.push(t),
        },
      );
      if (options.cancelAfterMs !== undefined)
        setTimeout(() => handle.cancel(), options.cancelAfterMs);
      return { summary: await handle.promise, lines, traces };
    },
    { program, options },
  );
}

const errorOf = (o: Outcome) => (o.summary.status === "failed" ? o.summary.error : undefined);

const SHARED = `export function square(n: number): number {\n  return n * n;\n}\n`;

describe("multi-file programs in Chromium", () => {
  it("runs the worker idiom in its module form, with imports on both sides and labelled output", async () => {
    const o = await run({
      "main.ts": [
        'import { square } from "./shared.ts";',
        'const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });',
        "const answer = await new Promise<number>((resolve) => {",
        "  worker.onmessage = (e: MessageEvent<number>) => resolve(e.data);",
        "  worker.postMessage(7);",
        "});",
        "worker.terminate();",
        'console.log("main", answer, square(2));',
        "export const result = answer;",
      ].join("\n"),
      "worker.ts": [
        'import { square } from "./shared.ts";',
        'console.log("worker up");',
        "self.onmessage = (e: MessageEvent<number>) => postMessage(square(e.data));",
      ].join("\n"),
      "shared.ts": SHARED,
    });
    expect(o.summary.status).toBe("finished");
    expect(o.lines).toEqual(["worker.ts#1|log|worker up", "main|log|main 49 4"]);
    expect(o.summary.status === "finished" && o.summary.exports["result"]).toBe(49);
    // The worker's handler ran once: a bar on its lane of the timeline.
    expect(o.traces).toEqual([
      expect.objectContaining({ group: 0, lane: "worker.ts#1", state: "done", ok: true }),
    ]);
  });

  it("runs the classic form too, and numbers each worker of a file", async () => {
    const o = await run({
      "main.ts": [
        "const replies = await Promise.all([1, 2].map((n) => {",
        '  const w = new Worker(new URL("./echo.ts", import.meta.url));',
        "  return new Promise((resolve) => {",
        "    w.onmessage = (e) => { w.terminate(); resolve(e.data); };",
        "    w.postMessage(n);",
        "  });",
        "}));",
        "console.log(replies.join(','));",
      ].join("\n"),
      "echo.ts": 'onmessage = (e) => { console.log("got", e.data); postMessage(e.data * 10); };',
    });
    expect(o.summary.status).toBe("finished");
    expect(o.lines).toContain("main|log|10,20");
    expect(o.lines.filter((l) => l.startsWith("echo.ts#")).sort()).toEqual([
      "echo.ts#1|log|got 1",
      "echo.ts#2|log|got 2",
    ]);
  });

  it("loads files as real modules: a cycle works and the temporal dead zone is kept", async () => {
    const o = await run({
      "main.ts": 'import { a, early } from "./a.ts";\nconsole.log(a, early);',
      "a.ts":
        'import { b } from "./b.ts";\nexport let a = "a+" + b;\nexport { early } from "./b.ts";',
      "b.ts": [
        'import { a } from "./a.ts";',
        'export const b = "b";',
        "let seen: string;",
        "try { seen = a; } catch (e) { seen = (e as Error).name + ': ' + (e as Error).message; }",
        "export const early = seen;",
      ].join("\n"),
    });
    expect(o.summary.status).toBe("finished");
    expect(o.lines).toEqual([
      "main|log|a+b ReferenceError: Cannot access 'a' before initialization",
    ]);
  });

  it("reports an error thrown in a worker's handler at its TypeScript file and line", async () => {
    const o = await run({
      "main.ts": [
        'const w = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });',
        "w.postMessage(null);",
        "await new Promise((r) => setTimeout(r, 2000));",
      ].join("\n"),
      "worker.ts": [
        "type Job = { n: number };",
        "self.onmessage = (e: MessageEvent<Job | null>) => {",
        "  const job = e.data;",
        "  postMessage(job!.n * 2);",
        "};",
      ].join("\n"),
    });
    expect(o.summary.status).toBe("failed");
    expect(errorOf(o)).toMatchObject({
      thread: "worker.ts#1",
      loc: { file: "worker.ts", line: 4, column: 20 },
    });
    expect(errorOf(o)?.message).toMatch(/TypeError: Cannot read properties of null/);
  });

  it("reports a worker file that throws at top level at its line", async () => {
    const o = await run({
      "main.ts":
        'new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });\nawait new Promise((r) => setTimeout(r, 2000));',
      "worker.ts": '\n\nthrow new Error("no config");\n',
    });
    expect(errorOf(o)).toMatchObject({
      thread: "worker.ts#1",
      loc: { file: "worker.ts", line: 3 },
    });
    expect(errorOf(o)?.message).toContain("no config");
  });

  it("lets the reader handle a worker's error with onerror", async () => {
    const o = await run({
      "main.ts": [
        'const w = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });',
        "await new Promise<void>((resolve) => {",
        '  w.onerror = (e) => { e.preventDefault(); console.log("handled:", e.message); resolve(); };',
        "});",
        "w.terminate();",
      ].join("\n"),
      "worker.ts": 'throw new Error("boom");',
    });
    expect(o.summary.status).toBe("finished");
    expect(o.lines.join("\n")).toContain("handled: Uncaught Error: boom");
  });

  it("places an error in main.ts's own handler at its line", async () => {
    const o = await run({
      "main.ts": [
        'const w = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });',
        "w.onmessage = (e) => {",
        '  throw new RangeError("bad reply " + e.data);',
        "};",
      ].join("\n"),
      "worker.ts": "postMessage(1);",
    });
    expect(errorOf(o)).toMatchObject({
      message: "RangeError: bad reply 1",
      loc: { file: "main.ts", line: 3 },
    });
  });

  it("ends a run whose main.ts is done once its workers are idle, with a note for the one left alive", async () => {
    const o = await run({
      "main.ts": [
        'const w = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });',
        'w.onmessage = (e) => console.log("reply", e.data);',
        "w.postMessage(20);",
      ].join("\n"),
      "worker.ts": [
        "onmessage = (e) => {",
        "  let s = 0;",
        "  for (let i = 0; i < 2e7; i++) s += i % 3;",
        "  setTimeout(() => postMessage(e.data + s), 100);",
        "};",
      ].join("\n"),
    });
    expect(o.summary.status).toBe("finished");
    expect(o.lines[0]).toMatch(/^main\|log\|reply \d+$/);
    expect(o.lines[1]).toMatch(/^main\|system\|worker\.ts#1 was still alive .*terminate\(\)/);
  });

  it("Stop ends a reader's worker spinning in a loop within a second", async () => {
    // The reader's worker is the one started from a blob (the pool's come from the site).
    const started = new Promise<PageWorker>((resolve) => {
      const seen = (w: PageWorker) => {
        if (!w.url().startsWith("blob:")) return;
        page.off("worker", seen);
        resolve(w);
      };
      page.on("worker", seen);
    });
    const outcome = run(
      {
        "main.ts":
          'const w = new Worker(new URL("./spin.ts", import.meta.url), { type: "module" });\nw.postMessage(0);\nawait new Promise(() => {});',
        "spin.ts": 'onmessage = () => { console.log("spinning"); while (true) {} };',
      },
      { cancelAfterMs: 1500 },
    );
    const worker = await started;
    const closed = new Promise<number>((resolve) =>
      worker.once("close", () => resolve(Date.now())),
    );
    const o = await outcome;
    const stoppedAt = Date.now();
    expect(o.summary.status).toBe("cancelled");
    expect(o.lines).toContain("spin.ts#1|log|spinning");
    const closedAt = await closed;
    expect(closedAt - stoppedAt).toBeLessThan(1000);
    expect(page.workers()).not.toContain(worker);
  });

  it("names a file that is not part of the program", async () => {
    const r = await compileProgramInNode({
      entry: "main.ts",
      files: { "main.ts": 'import { x } from "./helpers.ts";\nconsole.log(x);' },
    });
    expect(r).toMatchObject({
      ok: false,
      diagnostics: [
        { file: "main.ts", line: 1, message: expect.stringContaining("./helpers.ts") as unknown },
      ],
    });
  });
});

describe("cells in Chromium", () => {
  it("imports a cell by id: evaluated once per run, its output labelled with its id", async () => {
    const files = {
      "main.ts": 'import { fib, calls } from "#fib-demo";\nconsole.log(fib(10), calls());',
      "#fib-demo": [
        'console.log("fib cell evaluated");',
        "let n = 0;",
        "export const calls = () => n;",
        "export function fib(k: number): number {",
        "  n++;",
        "  return k < 2 ? k : fib(k - 1) + fib(k - 2);",
        "}",
      ].join("\n"),
    };
    for (let i = 0; i < 2; i++) {
      const o = await run(files);
      expect(o.lines).toEqual(["#fib-demo|log|fib cell evaluated", "main|log|55 177"]);
    }
  });

  it("places an error thrown inside a cell at the cell's line", async () => {
    const o = await run({
      "main.ts": 'import { check } from "#checker";\ncheck(-1);',
      "#checker":
        'export function check(x: number) {\n  if (x < 0) throw new RangeError("negative");\n}',
    });
    expect(errorOf(o)).toMatchObject({
      message: "RangeError: negative",
      loc: { file: "#checker", line: 2 },
    });
  });

  it("names an imported binding a pool task cannot close over", async () => {
    const o = await run(
      {
        "main.ts": [
          'import { map } from "lab";',
          'import { limit } from "#settings";',
          "await map((x: number) => Math.min(x, limit), [1, 2]);",
        ].join("\n"),
        "#settings": "export const limit = 10;",
      },
      { mode: "pool" },
    );
    expect(errorOf(o)?.message).toContain("limit");
  });
});
