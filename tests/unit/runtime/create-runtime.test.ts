import { describe, expect, it } from "vitest";
import { compileInNode } from "../../../src/runtime/node.ts";
import { createRuntime } from "../../../src/runtime/create-runtime.ts";
import type { Compiled, RunResult } from "../../../src/runtime/types.ts";
import { InProcessWorker } from "./in-process-worker.ts";

async function compiled(source: string): Promise<Compiled> {
  const r = await compileInNode(source);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r;
}

describe("createRuntime", () => {
  it("runs pool tasks through the worker it is given", async () => {
    const workers: InProcessWorker[] = [];
    const runtime = createRuntime({
      spawnWorker: () => {
        const w = new InProcessWorker();
        workers.push(w);
        return w as unknown as Worker;
      },
      now: () => performance.timeOrigin + performance.now(),
      compile: compileInNode,
    });
    const code = await compiled(
      'import { map, threadName } from "lab";\nconst r = await map((x: number) => `${x}@${threadName()}`, [1, 2, 3]);\nconsole.log(r.join());\n',
    );
    const lines: string[] = [];
    const result = await runtime.run(
      { code, mode: "pool", workers: 2 },
      { onLog: (l) => lines.push(...l.map((x) => x.text)) },
    ).promise;
    expect(result.status).toBe("finished");
    expect(workers).toHaveLength(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^1@worker-\d,2@worker-\d,3@worker-\d$/);
    runtime.dispose();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it("runs a task in strict mode in the pool, as on the main thread", async () => {
    const runtime = createRuntime({
      spawnWorker: () => new InProcessWorker() as unknown as Worker,
      now: () => performance.timeOrigin + performance.now(),
      compile: compileInNode,
    });
    // A plain function's `this` is undefined only in strict code; sloppy code gets the global.
    const code = await compiled(
      'import { map } from "lab";\nconst r = await map(function (this: unknown) { return this === undefined ? "strict" : "sloppy"; }, [1]);\nconsole.log(r[0]);\n',
    );
    for (const mode of ["serial", "pool"] as const) {
      const lines: string[] = [];
      const result = await runtime.run(
        { code, mode, workers: 1 },
        { onLog: (l) => lines.push(...l.map((x) => x.text)) },
      ).promise;
      expect(result.status, mode).toBe("finished");
      expect(lines, mode).toEqual(["strict"]);
    }
    runtime.dispose();
  });

  it("times runs with the clock it is given", async () => {
    const runtime = createRuntime({ now: () => 5_000, compile: compileInNode });
    const times: number[] = [];
    const result: RunResult = await runtime.run(
      { code: await compiled('console.log("a");\n'), mode: "serial", workers: 1 },
      { onLog: (l) => times.push(...l.map((x) => x.t)) },
    ).promise;
    expect(result.wallMs).toBe(0);
    expect(times).toEqual([0]);
  });

  it("has no pool without a worker to spawn, and says so", async () => {
    const runtime = createRuntime({
      now: () => performance.timeOrigin + performance.now(),
      compile: compileInNode,
    });
    const code = await compiled('import { map } from "lab";\nawait map((x: number) => x, [1]);\n');
    const result = await runtime.run({ code, mode: "pool", workers: 1 }).promise;
    expect(result.status === "failed" && result.error.message).toMatch(/pool is not available/);
  });
});
