import { describe, expect, it } from "vitest";
import { RunController, type RunOutcome } from "../../../src/islands/playground/run-controller.ts";
import { compileInNode, createNodeRuntime } from "../../../src/runtime/node.ts";
import type { Mode } from "../../../src/runtime/types.ts";

async function controllerFor(source: string) {
  const compiled = await compileInNode(source);
  const runtime = createNodeRuntime();
  const compiles: string[] = [];
  const counting = {
    run: (...args: Parameters<typeof runtime.run>) => runtime.run(...args),
    compile: (code: string) => {
      compiles.push(code);
      return runtime.compile(code);
    },
  };
  const controller = new RunController(counting, { source, compiled }, { id: "t", budgetMs: 2000 });
  return { controller, compiles };
}

const settings = (mode: Mode = "serial") => ({ mode, workers: 1 });

describe("RunController", () => {
  it("runs unedited code from its build-time compilation and keeps a history", async () => {
    const source = 'console.log("hi");\n';
    const { controller, compiles } = await controllerFor(source);
    const events: string[] = [];
    const outcome = await controller.run(source, settings(), {
      onStart: (mode) => events.push(`start ${mode}`),
      onLog: (lines) => events.push(...lines.map((l) => `log ${l.text}`)),
      onEnd: (o) => events.push(`end ${o.kind}`),
    });
    expect(outcome).toMatchObject({ kind: "ran", result: { status: "finished" } });
    expect(events).toEqual(["start serial", "log hi", "end ran"]);
    expect(compiles).toEqual([]);
    expect(controller.history).toHaveLength(1);
    expect(controller.running).toBe(false);
  });

  it("compiles an edit and reports compile errors without running", async () => {
    const { controller, compiles } = await controllerFor('console.log("hi");\n');
    const ended: RunOutcome[] = [];
    const outcome = await controller.run("const x: number = ;\n", settings(), {
      onStart: () => ended.push({ kind: "superseded" }),
      onEnd: (o) => ended.push(o),
    });
    expect(outcome.kind).toBe("compile-error");
    expect(compiles).toHaveLength(1);
    expect(ended).toEqual([outcome]);
    expect(controller.history).toEqual([]);
  });

  it("stops a run, and a newer run supersedes an older one", async () => {
    const { controller } = await controllerFor("setInterval(() => {}, 10);\n");
    const code = "setInterval(() => {}, 10);\n";
    const first = controller.run(code, settings());
    await new Promise((r) => setTimeout(r, 20));
    const second = controller.run(code, settings());
    expect((await first).kind).toBe("superseded");
    await new Promise((r) => setTimeout(r, 20));
    expect(controller.running).toBe(true);
    controller.stop();
    expect(await second).toMatchObject({ kind: "ran", result: { status: "cancelled" } });
  });

  it("compares every mode round after round, dropping the warm-up round", async () => {
    const source = 'import { map } from "lab";\nawait map(async (x: number) => x, [1, 2]);\n';
    const { controller } = await controllerFor(source);
    const calls: string[] = [];
    const { rounds, interrupted } = await controller.compare(
      source,
      1,
      { rounds: 2, warmUp: 1 },
      (mode, round) => {
        calls.push(`${round}:${mode}`);
        return {};
      },
    );
    expect(calls).toEqual([
      "0:serial",
      "0:concurrent",
      "0:pool",
      "1:serial",
      "1:concurrent",
      "1:pool",
      "2:serial",
      "2:concurrent",
      "2:pool",
    ]);
    expect(interrupted).toBe(false);
    // Node has no worker pool: the pool runs fail, and the table still shows them.
    expect(rounds.map((r) => r.map((x) => x.status))).toEqual([
      ["finished", "finished", "failed"],
      ["finished", "finished", "failed"],
    ]);
    expect(controller.serialWall()).toBe(rounds[1]![0]!.wallMs);
  });

  it("gives up comparing when the code does not compile", async () => {
    const { controller } = await controllerFor('console.log("hi");\n');
    const result = await controller.compare("let = ;", 1, { rounds: 2, warmUp: 1 }, () => ({}));
    expect(result).toEqual({ rounds: [], interrupted: true });
  });
});
