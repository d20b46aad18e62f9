import { createCheckKit, type CheckResult, type Checks } from "../../exercise/check-kit.ts";
import { markPassed } from "../../storage/progress.ts";
import { pageStore } from "../../storage/ready.ts";
import type { RunRequest } from "../../runtime/index.ts";
import type { RunOutcome } from "./run-controller.ts";

// Check modules are real TypeScript beside the lessons, bundled by Vite as
// lazy chunks: a reader downloads one only on pressing Check.
const modules = import.meta.glob<{ default: Checks }>([
  "/content/lessons/*/*.check.ts",
  "/tests/fixtures/exercises/*.check.ts",
]);

/** Loads the check module at `key` (e.g. "/content/lessons/05-x/fib.check.ts"). */
export async function loadChecks(key: string): Promise<Checks> {
  const load = modules[key];
  if (!load) throw new Error(`No check module at ${key}`);
  return (await load()).default;
}

/** Runs `checks` against the learner's exports; never throws, failures become results. */
export async function runChecks(
  checks: Checks,
  learner: Record<string, unknown>,
  cores: number,
): Promise<CheckResult[]> {
  const { kit, results } = createCheckKit(cores);
  try {
    await checks(learner, kit);
  } catch (e) {
    results.push({
      name: "checks ran to the end",
      status: "failed",
      message: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    });
  }
  if (!results.length)
    results.push({ name: "checks", status: "failed", message: "No check was run." });
  return results;
}

/** An exercise counts as passed when nothing failed and something passed. */
export function verdict(results: readonly CheckResult[]): boolean {
  return results.every((r) => r.status !== "failed") && results.some((r) => r.status === "passed");
}

/**
 * Runs the learner's code with the exercise's checks against its exports, inside the run,
 * and remembers a pass. `run` is the playground's own Run, so output shows as usual.
 */
export async function checkExercise(
  key: string,
  cores: number,
  run: (afterBody: NonNullable<RunRequest["afterBody"]>) => Promise<RunOutcome>,
  progress: { lesson: string; exercise: string },
): Promise<{ results: CheckResult[]; passed: boolean }> {
  const checks = await loadChecks(key);
  let results: CheckResult[] = [];
  const outcome = await run(async (learner) => {
    results = await runChecks(checks, learner, cores);
  });
  if (outcome.kind === "compile-error")
    results = [{ name: "the code compiles", status: "failed", message: "see the output" }];
  else if (!results.length) {
    const r = outcome.result;
    const message =
      r?.status === "failed"
        ? r.error.message
        : r?.status === "finished"
          ? "did not finish"
          : "stopped";
    results = [{ name: "the code runs", status: "failed", message }];
  }
  const passed = verdict(results);
  if (passed) markPassed(pageStore(), progress.lesson, progress.exercise);
  return { results, passed };
}
