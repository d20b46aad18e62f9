import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { compileInNode, type Compiled } from "../../src/runtime/node.ts";
import type { EventLoopTools, Mode, RunResult, Runtime } from "../../src/runtime/index.ts";
import { useRuntimePage } from "./browser.ts";
import { PUZZLES } from "./event-loop-puzzles.ts";

/** What the fixture page puts on `window`. */
interface FixtureWindow {
  looplab: { runtime: Runtime; loadEventLoop: () => Promise<EventLoopTools> };
}

interface Ran {
  lines: string[];
  result: RunResult;
}

interface Recorded extends Ran {
  /** Each main-thread line with the kind and title of the step it was printed in. */
  placed: { text: string; kind: string; title: string }[];
  steps: { kind: string; thread: string; title: string; logs: string[] }[];
  anomalies: number;
}

let page: Page;
useRuntimePage((opened) => (page = opened));

async function compile(source: string): Promise<Compiled> {
  const c = await compileInNode(source);
  if (!c.ok) throw new Error(JSON.stringify(c.diagnostics));
  return c;
}

/** Runs compiled code on the fixture page as it is (plain) or through the recording pass. */
function runIn(code: Compiled, recorded: boolean, mode: Mode = "concurrent"): Promise<Recorded> {
  return page.evaluate(
    async ({ code, recorded, mode }) => {
      const { runtime, loadEventLoop } = (window as unknown as FixtureWindow).looplab;
      const lines: string[] = [];
      const onLog = (l: { thread: string; text: string }[]) =>
        lines.push(...l.filter((x) => x.thread === "main").map((x) => x.text));
      const base = { mode, workers: 2, budgetMs: 10_000, id: "puzzle" };
      if (!recorded) {
        const result = await runtime.run({ ...base, code }, { onLog }).promise;
        return { lines, result, placed: [], steps: [], anomalies: 0 };
      }
      const tools = await loadEventLoop();
      const program = tools.recordedProgram(code);
      if ("error" in program) throw new Error(program.error);
      const recording = tools.createRecording(program.plan);
      const result = await runtime.run({ ...base, code: program.code, recording }, { onLog })
        .promise;
      const raw = recording.trace()!;
      const run = tools.buildSteps(raw);
      return {
        lines,
        result,
        placed: run.steps
          .filter((s) => s.thread === "main")
          .flatMap((s) => s.logs.map((l) => ({ text: l.text, kind: s.kind, title: s.title }))),
        steps: run.steps.map((s) => ({
          kind: s.kind,
          thread: s.thread,
          title: s.title,
          logs: s.logs.map((l) => l.text),
        })),
        anomalies: raw.anomalies,
      };
    },
    { code, recorded, mode },
  );
}

const label = (line: string) => line.split(" ")[0]!;
const order = (r: Ran) => r.lines.map(label).join(" ");
const errorOf = (r: Ran) =>
  r.result.status === "failed"
    ? { message: r.result.error.message, loc: r.result.error.loc }
    : null;

describe("the Event loop view records the real order", () => {
  it(`has at least 25 ordering puzzles (${PUZZLES.length})`, () => {
    expect(PUZZLES.length).toBeGreaterThanOrEqual(25);
  });

  for (const puzzle of PUZZLES) {
    it(puzzle.name, async () => {
      // A run ends once its code and timers are done; a last quiet timer lets every
      // microtask chain of the puzzle finish inside the run.
      const code = await compile(`${puzzle.code}\nsetTimeout(() => {}, 20);\n`);
      const plain = await runIn(code, false);
      const recorded = await runIn(code, true);
      // Recording does not change the order, nor how the run ends.
      if (puzzle.allowed) {
        expect(puzzle.allowed).toContain(order(plain));
        expect(puzzle.allowed).toContain(order(recorded));
      } else expect(order(recorded)).toBe(order(plain));
      if (puzzle.order) expect(order(plain)).toBe(puzzle.order);
      expect(errorOf(recorded)).toEqual(errorOf(plain));
      expect(recorded.result.status).toBe(plain.result.status);
      // Every line sits in a step, and each step is of the kind the spec gives it.
      expect(recorded.placed.map((p) => p.text)).toEqual(recorded.lines);
      const kinds = recorded.placed.map((p) => `${label(p.text)}:${p.kind}`);
      const expected = recorded.placed.map((p) => {
        const l = label(p.text);
        return `${l}:${puzzle.kinds[l] ?? (/^p\d$/.test(l) ? "microtask" : "?")}`;
      });
      expect(kinds).toEqual(expected);
      expect(recorded.anomalies).toBe(0);
    });
  }
});

describe("recorded runs with workers", () => {
  it("links every pool task's message to the worker that ran it and back", async () => {
    const code = await compile(`import { map, sleep, threadName } from "lab";
const r = await map(async (x: number) => {
  console.log("in", x, threadName());
  await sleep(20);
  return x * 2;
}, [1, 2, 3, 4]);
console.log("results", r.join(","));
`);
    const plain = await runIn(code, false, "pool");
    const recorded = await runIn(code, true, "pool");
    expect(recorded.lines).toEqual(plain.lines);
    expect(recorded.lines).toEqual(["results 2,4,6,8"]);
    const steps = recorded.steps;
    const workers = new Set(steps.filter((s) => s.thread !== "main").map((s) => s.thread));
    expect([...workers].sort()).toEqual(["worker-1", "worker-2"]);
    for (let task = 1; task <= 4; task++) {
      const name = `task ${task} of call 1`;
      const taken = steps.findIndex(
        (s) => s.thread !== "main" && s.title.includes(`takes ${name} `),
      );
      const answered = steps.findIndex(
        (s) => s.thread === "main" && s.title.endsWith(`the result of ${name}`),
      );
      // The worker takes the message before the page takes its answer, in a task of its own.
      expect(taken, name).toBeGreaterThanOrEqual(0);
      expect(answered, name).toBeGreaterThan(taken);
      expect(steps[answered]!.kind).toBe("task");
      expect(steps[taken]!.logs[0]).toMatch(new RegExp(`^in ${task} ${steps[taken]!.thread}$`));
    }
    expect(steps.at(-1)).toMatchObject({ kind: "microtask", logs: ["results 2,4,6,8"] });
  });
});
