import { defineChecks } from "looplab/check";

interface Learner {
  histogram(): Promise<number[]>;
}

const SEEDS = [1, 2, 3, 4];
const PER_WORKER = 2_500_000;
const TOTAL = SEEDS.length * PER_WORKER;

// The same four pseudo-random sequences, counted on one thread: the right answer.
function expectedCounts(): number[] {
  const counts = Array.from({ length: 10 }, () => 0);
  for (const seed of SEEDS) {
    let x = seed;
    for (let i = 0; i < PER_WORKER; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      counts[Math.floor((x / 2 ** 32) * 10)]! += 1;
    }
  }
  return counts;
}

// What the speed is judged against, measured on this machine at the same moment:
// the same counting by four workers that all update ten shared counters with
// Atomics.add. Correct, but every update makes the cores agree on that memory.
const REFERENCE = `self.onmessage = (event) => {
  const { buffer, seed, per } = event.data;
  const counts = new Int32Array(buffer);
  let x = seed;
  for (let i = 0; i < per; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    Atomics.add(counts, Math.floor((x / 2 ** 32) * 10), 1);
  }
  self.postMessage(0);
};`;

/** Four workers counting into ten shared counters with Atomics.add, once per call. */
function sharedCountersReference(): { run: () => Promise<unknown>; close: () => void } {
  const url = URL.createObjectURL(new Blob([REFERENCE], { type: "text/javascript" }));
  const workers = SEEDS.map(() => new Worker(url));
  const run = () => {
    const buffer = new SharedArrayBuffer(10 * 4);
    return Promise.all(
      workers.map(
        (worker, i) =>
          new Promise<void>((resolve) => {
            worker.onmessage = () => resolve();
            worker.postMessage({ buffer, seed: SEEDS[i], per: PER_WORKER });
          }),
      ),
    );
  };
  const close = () => {
    for (const worker of workers) worker.terminate();
    URL.revokeObjectURL(url);
  };
  return { run, close };
}

export default defineChecks<Learner>(async (learner, t) => {
  const expected = expectedCounts();
  let allRight = true;
  for (let run = 1; run <= 2; run++) {
    const counts = await learner.histogram();
    const total = counts.reduce((a, b) => a + b, 0);
    allRight &&= total === TOTAL && JSON.stringify(counts) === JSON.stringify(expected);
    await t.check(`run ${run}: no count is lost`, () => {
      if (total !== TOTAL)
        throw new Error(
          `the buckets add up to ${total}, not ${TOTAL}: ${TOTAL - total} increments were lost. \`counts[bucket]++\` reads the bucket, adds one and writes it back; when two workers read the same bucket before either writes, one of the two increments disappears.`,
        );
    });
    t.equal(`run ${run}: every bucket has its exact count`, counts, expected);
  }
  if (!allRight) return; // speed only matters once the counts are right

  const shared = sharedCountersReference();
  try {
    // Judged against the same work with shared counters, timed alternately on this machine.
    await t.speedup("at least twice as fast as sharing the counters", {
      serial: shared.run,
      parallel: () => learner.histogram(),
      atLeast: 2,
      runs: 5,
      showIdeal: false,
      hint: "Correct counts are not enough here: every update of memory that other cores also update makes them agree on it first. Let each worker count in an array of its own, and add the four arrays up once at the end.",
    });
  } finally {
    shared.close();
  }
});
