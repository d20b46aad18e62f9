import { defineChecks } from "looplab/check";

interface Learner {
  predicted: string[];
}

const ACTUAL = ["A", "E", "D", "B", "F", "C"];
const WHY: Record<string, string> = {
  A: "task() runs synchronously up to its first await, so A is logged while the script is still running",
  B: "the code after `await` is a microtask, queued when task() reached the await: after D, before F",
  C: "a setTimeout callback is a task: it waits until the script and every microtask are done",
  D: "the .then callback is the first microtask queued",
  E: "E is plain synchronous code at the end of the script",
  F: "queueMicrotask is called last, so F is the last microtask",
};

export default defineChecks<Learner>(async (learner, t) => {
  const predicted = learner.predicted;
  await t.check("predicted holds each of the six letters once", () => {
    const sorted = [...predicted].sort().join(" ");
    if (sorted !== "A B C D E F")
      throw new Error(`expected the letters A to F once each, got [${predicted.join(", ")}]`);
  });
  await t.check("the prediction matches the order the letters are logged", () => {
    const i = ACTUAL.findIndex((letter, k) => predicted[k] !== letter);
    if (i >= 0) {
      const letter = ACTUAL[i] ?? "";
      throw new Error(
        `position ${i + 1}: you predicted ${predicted[i] ?? "nothing"}, but ${letter} is logged there: ${WHY[letter] ?? ""}.`,
      );
    }
  });
});
