import { defineChecks } from "looplab/check";

interface Learner {
  sizes(list: string[], limit: number): Promise<number[]>;
}

const urls = Array.from({ length: 9 }, (_, i) => `https://page${i}.example.org/`);

export default defineChecks<Learner>(async (learner, t) => {
  // Each URL on its own, all at once: its size and how long it takes.
  const alone = await Promise.all(
    urls.map(async (url) => {
      const start = performance.now();
      const [bytes] = await learner.sizes([url], 1);
      return { bytes, ms: performance.now() - start };
    }),
  );
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  let start = performance.now();
  const got = await learner.sizes(urls, 3);
  const threeMs = performance.now() - start;
  t.equal(
    "sizes(urls, 3) returns the sizes in input order",
    got,
    alone.map((a) => a.bytes),
  );
  await t.check("with limit 3, downloads overlap", () => {
    const oneByOne = sum(alone.map((a) => a.ms));
    if (threeMs > 0.7 * oneByOne)
      throw new Error(
        `sizes(urls, 3) took ${Math.round(threeMs)} ms, about as long as one download after another (${Math.round(oneByOne)} ms): keep up to 3 downloads in flight.`,
      );
  });
  await t.check("with limit 1, only one download is in flight at a time", async () => {
    const four = urls.slice(0, 4);
    start = performance.now();
    await learner.sizes(four, 1);
    const ms = performance.now() - start;
    const oneByOne = sum(alone.slice(0, 4).map((a) => a.ms));
    if (ms < 0.9 * oneByOne)
      throw new Error(
        `sizes(four urls, 1) took ${Math.round(ms)} ms, less than their ${Math.round(oneByOne)} ms one after another, so more than one was in flight: start a new download only when one of the \`limit\` slots is free.`,
      );
  });
});
