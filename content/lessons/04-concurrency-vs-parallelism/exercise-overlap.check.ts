import { defineChecks } from "looplab/check";

interface Learner {
  job(id: number): Promise<number>;
  runJobs(ids: number[]): Promise<number[]>;
}

export default defineChecks<Learner>(async (learner, t) => {
  const ids = [1, 2, 3, 4];
  const expected: number[] = [];
  for (const id of ids) expected.push(await learner.job(id));
  let results: number[] = [];
  // Four 300 ms waits take 1200 ms one after another, and about 300 ms when they overlap.
  await t.timing("the four 300 ms waits overlap", {
    measure: async () => {
      const start = performance.now();
      results = await learner.runJobs(ids);
      return performance.now() - start;
    },
    atMost: 700,
    explain: (ms) =>
      `runJobs took ${Math.round(ms)} ms, about as long as the four 300 ms jobs one after another (1200 ms): they did not overlap. Start all jobs before awaiting any, e.g. \`return map(job, ids)\`, and run it on "Main thread — concurrent" or "Worker pool": in serial mode map also runs one job after another.`,
  });
  t.equal("runJobs([1, 2, 3, 4]) returns the four results in input order", results, expected);
});
