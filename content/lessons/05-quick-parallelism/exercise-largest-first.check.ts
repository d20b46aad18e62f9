import { defineChecks } from "looplab/check";

interface Learner {
  order(ns: number[]): number[];
}

export default defineChecks<Learner>(async (learner, t) => {
  const ns = Array.from({ length: 13 }, (_, i) => 24 + i);
  const ordered = learner.order([...ns]);
  await t.check("order() returns every item exactly once", () => {
    const got = [...ordered].sort((a, b) => a - b).join(", ");
    if (got !== ns.join(", "))
      throw new Error(
        `expected the same 13 numbers in another order, got [${ordered.join(", ")}]: the pool must still compute every Fibonacci number.`,
      );
  });
  await t.check("fib(36), the longest task, is handed out first", () => {
    if (ordered[0] !== 36)
      throw new Error(
        `the first item is ${ordered[0]}, so fib(36), about 40% of all the work, still waits for a free worker while the small tasks run. Put the biggest n first.`,
      );
  });
  t.equal(
    "order([30, 25, 33, 28]) is largest first for any list",
    learner.order([30, 25, 33, 28]),
    [33, 30, 28, 25],
  );
});
