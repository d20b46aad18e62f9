import { defineChecks, simulatedResponse } from "looplab/check";

interface Learner {
  sizes(list: string[], limit: number): Promise<number[]>;
}

const urls = Array.from({ length: 9 }, (_, i) => `https://page${i}.example.org/`);
// What simulatedFetch answers for each URL, and after how long: known in advance, so
// the timing checks compare with the real latencies, not with measurements.
const expected = urls.map((url) => simulatedResponse(url));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const oneByOne = sum(expected.map((r) => r.ms));

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export default defineChecks<Learner>(async (learner, t) => {
  t.equal(
    "sizes(urls, 3) returns the sizes in input order",
    await learner.sizes(urls, 3),
    expected.map((r) => r.bytes),
  );
  await t.timing("with limit 3, downloads overlap", {
    measure: () => timed(() => learner.sizes(urls, 3)),
    atMost: 0.7 * oneByOne,
    explain: (ms) =>
      `sizes(urls, 3) took ${Math.round(ms)} ms, about as long as one download after another (${Math.round(oneByOne)} ms): keep up to 3 downloads in flight.`,
  });
  // Timers never fire early: one download at a time can never beat the sum of the waits.
  const four = urls.slice(0, 4);
  const fourOneByOne = sum(expected.slice(0, 4).map((r) => r.ms));
  await t.timing("with limit 1, only one download is in flight at a time", {
    measure: () => timed(() => learner.sizes(four, 1)),
    atLeast: fourOneByOne - 2,
    explain: (ms) =>
      `sizes(four urls, 1) took ${Math.round(ms)} ms, less than their ${fourOneByOne} ms one after another, so more than one was in flight: start a new download only when one of the \`limit\` slots is free.`,
  });
});
