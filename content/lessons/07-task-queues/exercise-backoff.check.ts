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

/** The pauses of one retry of a job that fails twice, with `random` as given. */
async function pauses(learner: Learner, random: () => number): Promise<number[]> {
  const job = flaky(2);
  await learner.retry(job.job, 3, 200, random).catch(() => undefined);
  return job.gaps();
}

export default defineChecks<Learner>(async (learner, t) => {
  const once = flaky(0);
  t.equal("a job that succeeds at once is called once", await learner.retry(once.job, 3, 50), "ok");
  t.equal("…and not retried", once.calls.length, 1);

  const twice = flaky(2);
  const result = await learner
    .retry(twice.job, 3, 200, () => 1)
    .catch((e: Error) => `error: ${e.message}`);
  await t.check("a job that fails twice succeeds on the third attempt", () => {
    if (result !== "ok" || twice.calls.length !== 3)
      throw new Error(
        `expected "ok" after 3 calls, got ${JSON.stringify(result)} after ${twice.calls.length} call(s)`,
      );
  });
  if (twice.calls.length !== 3) return; // no two pauses to measure

  // Timers never fire early, so a pause shorter than asked is wrong under any load; a
  // longer one is judged against how late timers run right now (see the check kit).
  const doubling = (n: 0 | 1, expected: number) =>
    t.timing(`pause ${n + 1} with random() = 1 is ${expected} ms (baseMs = 200, doubling)`, {
      measure: async () => (await pauses(learner, () => 1))[n] ?? NaN,
      atLeast: expected - 3,
      atMost: expected + 60,
      explain: (ms) =>
        `with baseMs = 200 and random() = 1 pause ${n + 1} was ${Math.round(ms)} ms; expected ${expected} ms: after the n-th failure, wait random() × baseMs × 2 ** (n - 1).`,
    });
  await doubling(0, 200);
  await doubling(1, 400);
  await t.timing("the pause is random() times the back-off: none when random() gives 0", {
    measure: async () => Math.max(...(await pauses(learner, () => 0))),
    atMost: 30,
    explain: (ms) =>
      `with baseMs = 200 and random() = 0 a pause lasted ${Math.round(ms)} ms; expected none. Use the random parameter (it defaults to Math.random) to scale each whole back-off, from 0 up to baseMs × 2 ** (n - 1).`,
  });

  // Left to Math.random, first pauses must spread between 0 and 200 ms.
  const firstPauses = async () => {
    const firsts: number[] = [];
    for (let run = 0; run < 6; run++) {
      const job = flaky(1);
      await learner.retry(job.job, 2, 200).catch(() => undefined);
      firsts.push(job.gaps()[0] ?? NaN);
    }
    return firsts;
  };
  let firsts = await firstPauses();
  await t.check("by default the pauses are random, not all the same", () => {
    // Late timers only add spread, so a random back-off always shows some.
    if (!(Math.max(...firsts) - Math.min(...firsts) >= 20))
      throw new Error(
        `six first pauses with baseMs = 200 were [${firsts.join(", ")}] ms; expected random values between 0 and 200 ms. Without jitter, clients that failed together retry together.`,
      );
  });
  await t.timing("by default some pauses are well under the full back-off", {
    measure: async () => {
      if (!firsts.length) firsts = await firstPauses();
      const shortest = Math.min(...firsts);
      firsts = [];
      return shortest;
    },
    atMost: 150,
    explain: (ms) =>
      `the shortest of six first pauses with baseMs = 200 was ${Math.round(ms)} ms; random values between 0 and 200 ms would give some far shorter. Scale the whole back-off by random().`,
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
