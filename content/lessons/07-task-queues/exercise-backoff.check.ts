import { defineChecks } from "looplab/check";

interface Learner {
  retry<T>(job: () => Promise<T>, attempts: number, baseMs: number): Promise<T>;
}

// A job that fails `failures` times, then succeeds; it records when it was called.
function flaky(failures: number) {
  const calls: number[] = [];
  const start = performance.now();
  const job = () => {
    calls.push(performance.now() - start);
    return calls.length <= failures
      ? Promise.reject(new Error(`failure ${calls.length}`))
      : Promise.resolve("ok");
  };
  return { job, calls };
}

export default defineChecks<Learner>(async (learner, t) => {
  const once = flaky(0);
  t.equal("a job that succeeds at once is called once", await learner.retry(once.job, 3, 50), "ok");
  t.equal("…and not retried", once.calls.length, 1);

  const twice = flaky(2);
  await t.check("a job that fails twice succeeds on the third attempt", async () => {
    const result = await learner.retry(twice.job, 3, 50).catch((e: Error) => `error: ${e.message}`);
    if (result !== "ok" || twice.calls.length !== 3)
      throw new Error(
        `expected "ok" after 3 calls, got ${JSON.stringify(result)} after ${twice.calls.length} call(s)`,
      );
  });
  await t.check("the pauses grow: 50 ms, then 100 ms (baseMs = 50)", () => {
    if (twice.calls.length < 3)
      throw new Error(
        `the job was called ${twice.calls.length} time(s), so there were no two pauses to measure`,
      );
    const [a = 0, b = 0, c = 0] = twice.calls;
    const gaps = [b - a, c - b].map(Math.round);
    const ok = gaps[0]! >= 45 && gaps[0]! < 90 && gaps[1]! >= 95 && gaps[1]! < 160;
    if (!ok)
      throw new Error(
        `the pauses between attempts were ${gaps.join(" ms and ")} ms; expected about 50 ms and 100 ms: after the n-th failure, wait baseMs * 2 ** (n - 1).`,
      );
  });

  const never = flaky(99);
  await t.check("when every attempt fails, retry rejects with the last error", async () => {
    const outcome = await learner.retry(never.job, 3, 20).then(
      (v) => `resolved with ${JSON.stringify(v)}`,
      (e: Error) => e.message,
    );
    if (outcome !== "failure 3" || never.calls.length !== 3)
      throw new Error(
        `expected a rejection with "failure 3" after 3 calls, got "${outcome}" after ${never.calls.length} call(s)`,
      );
  });
});
