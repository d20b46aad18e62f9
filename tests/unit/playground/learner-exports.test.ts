import { describe, expect, it } from "vitest";
import { explainMissingExports } from "../../../src/islands/playground/learner-exports.ts";

describe("explainMissingExports", () => {
  it("passes exports through", async () => {
    const learner = explainMissingExports({ job: (n: number) => n + 1, size: 3 }) as {
      job(n: number): number;
      size: number;
    };
    expect(learner.job(1)).toBe(2);
    expect(learner.size).toBe(3);
    // Awaiting the object must not throw: promises probe `then`.
    await expect(Promise.resolve(learner)).resolves.toBe(learner);
  });

  it("names a missing export instead of failing on a minified variable", () => {
    const learner = explainMissingExports({}) as { job(): void };
    expect(() => learner.job()).toThrow(
      "Your code does not export `job`. Keep `export` on the `job` the starter declares.",
    );
  });
});
