import { createCheckKit, type CheckResult, type Checks } from "../../exercise/check-kit.ts";

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
