import { defineChecks } from "looplab/check";

interface Learner {
  isUp(site: string, limitMs: number): Promise<boolean>;
}

const url = (name: string) => `https://${name}.example.com`;

async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work;
  return [value, Math.round(performance.now() - start)];
}

export default defineChecks<Learner>(async (learner, t) => {
  // shop answers in 169 ms, mail in 311 ms, app in 305 ms; down never answers.
  const names = ["shop", "mail", "app", "down"];
  t.equal(
    "with a 250 ms limit: shop up, mail and app too slow, down down",
    await Promise.all(names.map((n) => learner.isUp(url(n), 250))),
    [true, false, false, false],
  );
  await t.check("a slow site is given up on after limitMs", async () => {
    const [up, ms] = await timed(learner.isUp(url("mail"), 100));
    if (up || ms > 200)
      throw new Error(
        `isUp(mail, 100) returned ${up} after ${ms} ms; expected false after about 100 ms. Mail answers after 311 ms, so waiting for it and then comparing the time is too late: race the request against sleep(limitMs).`,
      );
  });
  await t.check("a dead site is given up on after limitMs, not after its 1 s timeout", async () => {
    const [up, ms] = await timed(learner.isUp(url("down"), 250));
    if (up || ms > 400)
      throw new Error(
        `isUp(down, 250) returned ${up} after ${ms} ms; expected false after about 250 ms.`,
      );
  });
});
