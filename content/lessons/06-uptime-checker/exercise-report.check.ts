import { defineChecks } from "looplab/check";

interface Learner {
  report(): Promise<{ down: string[]; slowest: string }>;
}

export default defineChecks<Learner>(async (learner, t) => {
  const start = performance.now();
  const result = await learner.report();
  const ms = Math.round(performance.now() - start);
  t.equal("the down sites, in alphabetical order", result.down, [
    "https://down.example.com",
    "https://old-down.example.com",
  ]);
  t.equal("the slowest site that is up (311 ms)", result.slowest, "https://mail.example.com");
  await t.check("all sites are checked at once", () => {
    // One by one takes about 3.8 s; all at once, as long as the slowest (1 s).
    if (ms > 2000)
      throw new Error(
        `report() took ${ms} ms; checking all twelve at once takes about 1000 ms, the time of the slowest check. Start every check before awaiting any, e.g. await Promise.all(sites.map(check)).`,
      );
  });
});
