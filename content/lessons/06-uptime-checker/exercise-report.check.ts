import { defineChecks } from "looplab/check";

interface Learner {
  report(): Promise<{ down: string[]; slowest: string }>;
}

export default defineChecks<Learner>(async (learner, t) => {
  let result: Awaited<ReturnType<Learner["report"]>> = { down: [], slowest: "" };
  // One by one takes about 3.8 s; all at once, as long as the slowest check (1 s).
  await t.timing("all sites are checked at once", {
    measure: async () => {
      const start = performance.now();
      result = await learner.report();
      return performance.now() - start;
    },
    atMost: 2000,
    explain: (ms) =>
      `report() took ${Math.round(ms)} ms; checking all twelve at once takes about 1000 ms, the time of the slowest check. Start every check before awaiting any, e.g. await Promise.all(sites.map(check)).`,
  });
  t.equal("the down sites, in alphabetical order", result.down, [
    "https://down.example.com",
    "https://old-down.example.com",
  ]);
  t.equal("the slowest site that is up (311 ms)", result.slowest, "https://mail.example.com");
});
