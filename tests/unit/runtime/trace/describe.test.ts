import { describe, expect, it } from "vitest";
import { compileInNode, createNodeRuntime } from "../../../../src/runtime/node.ts";
import {
  buildSteps,
  createRecording,
  recordedProgram,
} from "../../../../src/runtime/trace/tools.ts";

/** The timer steps of a recorded chain of nested zero-delay timers. */
async function nestedTimers(depth: number) {
  const c = await compileInNode(
    `let n = 0;\nfunction tick() { n++; if (n < ${depth}) setTimeout(tick, 0); }\nsetTimeout(tick, 0);\n`,
  );
  if (!c.ok) throw new Error("compile");
  const p = recordedProgram(c);
  if ("error" in p) throw new Error(p.error);
  const recording = createRecording(p.plan);
  await createNodeRuntime().run({ code: p.code, mode: "serial", workers: 1, recording }).promise;
  return buildSteps(recording.trace()!).steps.filter((s) => s.kind === "task");
}

describe("timer steps", () => {
  it("count the nesting level as HTML does and say clamped only when the wait shows it", async () => {
    const timers = await nestedTimers(9);
    expect(timers).toHaveLength(9);
    expect(timers.map((t) => t.title)).toEqual([
      "timer callback tick from line 3",
      ...Array<string>(8).fill("timer callback tick from line 2"),
    ]);
    // Levels 1–6 are never clamped; from level 7 on the note names the level, and says
    // "clamped" only where the timer really waited 4 ms or more (Node does not clamp).
    for (const [i, t] of timers.entries()) {
      const waited = Number(/waited ([\d.]+) ms/.exec(t.note ?? "")?.[1]);
      expect(t.note).toMatch(/^asked 0\.0 ms, waited [\d.]+ ms/);
      if (i < 6) expect(t.note).not.toMatch(/nesting level/);
      else if (waited >= 3.5)
        expect(t.note).toContain(`(nesting level ${i + 1}: clamped to at least 4 ms`);
      else expect(t.note).toMatch(new RegExp(`\\(nesting level ${i + 1}\\)$`));
    }
  });
});
