import { defineChecks } from "looplab/check";

interface Learner {
  job(id: number): Promise<number>;
  runJobs(ids: number[]): Promise<number[]>;
}

export default defineChecks<Learner>(async (learner, t) => {
  const ids = [1, 2, 3, 4];
  // The baseline: the four jobs awaited one after another.
  let start = performance.now();
  const expected: number[] = [];
  for (const id of ids) expected.push(await learner.job(id));
  const oneByOne = performance.now() - start;

  start = performance.now();
  const results = await learner.runJobs(ids);
  const together = performance.now() - start;

  t.equal("runJobs([1, 2, 3, 4]) returns the four results in input order", results, expected);
  await t.check("the four 300 ms waits overlap", () => {
    const saved = oneByOne - together;
    // Overlapping four waits saves three of them (900 ms); ask for two.
    if (saved < 600)
      throw new Error(
        `runJobs took ${Math.round(together)} ms, awaiting the jobs one by one took ${Math.round(oneByOne)} ms: only ${Math.round(saved)} ms saved (expected at least 600 ms, since three of the four waits can overlap). Start all jobs before awaiting any, e.g. \`return map(job, ids)\`, and run it on "Main thread — concurrent" or "Worker pool": in serial mode map also runs one job after another.`,
      );
  });
});
