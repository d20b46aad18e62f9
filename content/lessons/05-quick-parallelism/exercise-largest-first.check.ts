import { defineChecks } from "looplab/check";

interface Span {
  n: number;
  start: number;
  end: number;
}

interface Learner {
  order(ns: number[]): number[];
  runBatch(ns: number[]): Promise<{ wall: number; spans: Span[] }>;
}

const BATCH = Array.from({ length: 13 }, (_, i) => 24 + i);

// Lists to order, duplicates included: any order where no n comes before a bigger one is right.
const LISTS = [
  [29, 36, 24, 33, 27, 31, 25, 35, 28, 30, 26, 34, 32],
  [30, 25, 33, 28],
  [27, 31, 27, 35, 29, 31],
  [12],
];

function problemWith(list: number[], ordered: number[]): string | undefined {
  const sorted = (xs: number[]) => xs.toSorted((a, b) => a - b).join(", ");
  if (!Array.isArray(ordered) || sorted(ordered) !== sorted(list))
    return `order([${list.join(", ")}]) returned [${String(ordered)}]: every item must still be there, exactly once`;
  const i = ordered.findIndex((n, k) => k > 0 && n > ordered[k - 1]!);
  if (i > 0)
    return `order([${list.join(", ")}]) returned [${ordered.join(", ")}]: ${ordered[i]} comes after the smaller ${ordered[i - 1]}, so it would start later than a shorter task`;
  return undefined;
}

export default defineChecks<Learner>(async (learner, t) => {
  await t.check("order() puts every list largest first, keeping every item", () => {
    for (const list of LISTS) {
      const problem = problemWith(list, learner.order([...list]));
      if (problem) throw new Error(problem);
    }
  });

  // The time that matters: when does the longest task start, compared with the
  // whole batch? Measured on the shared clock, so a busy machine cannot fake it.
  await learner.runBatch([24, 25]); // warm the pool up
  const given = await learner.runBatch(learner.order([...BATCH]));
  const original = await learner.runBatch(BATCH);
  const startOf = (run: { spans: Span[] }) => run.spans.find((s) => s.n === 36)?.start ?? NaN;
  const [mine, before] = [startOf(given), startOf(original)];
  await t.check(
    `fib(36) starts first: at ${Math.round(mine)} ms of a ${Math.round(given.wall)} ms batch (in the original order: at ${Math.round(before)} ms of ${Math.round(original.wall)} ms)`,
    () => {
      if (!(mine <= 0.1 * given.wall))
        throw new Error(
          `fib(36), about 38% of all the work, started ${Math.round(mine)} ms into a ${Math.round(given.wall)} ms batch, so the other workers ran out of small tasks while it was still running. The longest task has to be handed out first.`,
        );
    },
  );
});
