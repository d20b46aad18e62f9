import {
  createCheckKit,
  verdictOf,
  type CheckResult,
  type Checks,
  type Verdict,
} from "../../exercise/check-kit.ts";
import { timerLateness, type MachineProbe } from "../../exercise/probes.ts";
import { markPassed } from "../../storage/progress.ts";
import { pageScope, pageStore } from "../../storage/ready.ts";
import type { RunRequest, Runtime } from "../../runtime/index.ts";
import type { RunOutcome } from "./run-controller.ts";

// Check modules are real TypeScript beside the lessons, bundled by Vite as
// lazy chunks: a reader downloads one only on pressing Check.
// `@course` is the folder of the course being built (ours, a fork's, or the platform's
// fixture course); keys are paths from the project root, as <Exercise> names them.
const modules = import.meta.glob<{ default: Checks }>([
  "@course/lessons/*/*.check.ts",
  "@fixtures/exercises/*.check.ts",
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
  probe?: MachineProbe,
): Promise<CheckResult[]> {
  const { kit, results } = createCheckKit(cores, undefined, probe);
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

/**
 * Runs the learner's code with the exercise's checks against its exports, inside the run,
 * and remembers a pass. `run` is the playground's own Run, so output shows as usual.
 */
export async function checkExercise(
  key: string,
  runtime: Pick<Runtime, "cores" | "measureParallelism">,
  run: (afterBody: NonNullable<RunRequest["afterBody"]>) => Promise<RunOutcome>,
  progress: { lesson: string; exercise: string },
): Promise<{ results: CheckResult[]; verdict: Verdict }> {
  const checks = await loadChecks(key);
  const probe: MachineProbe = {
    parallelism: async (workers) => (await runtime.measureParallelism(workers)).speedup,
    timerLateness: (ms) => timerLateness(ms),
  };
  let results: CheckResult[] = [];
  const outcome = await run(async (learner) => {
    results = await runChecks(checks, learner, runtime.cores, probe);
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
  const verdict = verdictOf(results);
  if (verdict === "passed")
    markPassed(pageStore(), pageScope(), progress.lesson, progress.exercise);
  return { results, verdict };
}
