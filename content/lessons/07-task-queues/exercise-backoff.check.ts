import { defineChecks } from "looplab/check";

interface Learner {
  retry<T>(
    job: () => Promise<T>,
    attempts: number,
    baseMs: number,
    random?: () => number,
  ): Promise<T>;
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
  const gaps = () => calls.slice(1).map((t, i) => Math.round(t - calls[i]!));
  return { job, calls, gaps };
}

// Timers never fire early, but a busy machine can make them late, so the
// pauses measured are long enough for that lateness to matter little.
const near = (gap: number, expected: number) => gap >= expected - 5 && gap < expected + 150;

export default defineChecks<Learner>(async (learner, t) => {
  const once = flaky(0);
  t.equal("a job that succeeds at once is called once", await learner.retry(once.job, 3, 50), "ok");
  t.equal("…and not retried", once.calls.length, 1);

  const twice = flaky(2);
  await t.check("a job that fails twice succeeds on the third attempt", async () => {
    const result = await learner
      .retry(twice.job, 3, 200, () => 1)
      .catch((e: Error) => `error: ${e.message}`);
    if (result !== "ok" || twice.calls.length !== 3)
      throw new Error(
        `expected "ok" after 3 calls, got ${JSON.stringify(result)} after ${twice.calls.length} call(s)`,
      );
  });
  await t.check("the back-off doubles: 200 ms, then 400 ms when random() gives 1", () => {
    const gaps = twice.gaps();
    if (gaps.length < 2)
      throw new Error(
        `the job was called ${twice.calls.length} time(s), so there were no two pauses to measure`,
      );
    if (!near(gaps[0]!, 200) || !near(gaps[1]!, 400))
      throw new Error(
        `with baseMs = 200 and random() = 1 the pauses were ${gaps.join(" ms and ")} ms; expected about 200 ms and 400 ms: after the n-th failure, wait random() × baseMs × 2 ** (n - 1).`,
      );
  });

  const zeros = flaky(2);
  await learner.retry(zeros.job, 3, 200, () => 0).catch(() => undefined);
  await t.check("the pause is random() times the back-off: none when random() gives 0", () => {
    const gaps = zeros.gaps();
    if (gaps.length < 2 || gaps.some((gap) => !near(gap, 0)))
      throw new Error(
        `with baseMs = 200 and random() = 0 the pauses were [${gaps.join(", ")}] ms; expected about 0 and 0. Use the random parameter (it defaults to Math.random) to scale each whole back-off, from 0 up to baseMs × 2 ** (n - 1).`,
      );
  });

  // Left to Math.random, first pauses must spread between 0 and 200 ms.
  const firsts: number[] = [];
  for (let run = 0; run < 6; run++) {
    const job = flaky(1);
    await learner.retry(job.job, 2, 200).catch(() => undefined);
    firsts.push(job.gaps()[0] ?? NaN);
  }
  await t.check("by default the pauses are random, between 0 and the back-off", () => {
    const spread = Math.max(...firsts) - Math.min(...firsts);
    if (!(spread >= 20) || !firsts.some((gap) => gap < 150))
      throw new Error(
        `six first pauses with baseMs = 200 were [${firsts.join(", ")}] ms; expected random values between 0 and 200 ms. Without jitter, clients that failed together retry together.`,
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
