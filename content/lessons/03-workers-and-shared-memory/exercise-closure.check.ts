import { defineChecks } from "looplab/check";

interface Learner {
  countWords(): Promise<number[]>;
}

export default defineChecks<Learner>(async (learner, t) => {
  await t.check("countWords() gives [4, 3, 3] in the chosen Run on mode", async () => {
    let counts: number[];
    try {
      counts = await learner.countWords();
    } catch (error) {
      throw new Error(
        `countWords() failed: ${(error as Error).message}. In pool mode the task is sent to a worker as source text, where STOP_WORDS does not exist: pass the stop words in each item instead.`,
      );
    }
    if (JSON.stringify(counts) !== "[4,3,3]")
      throw new Error(
        `expected [4, 3, 3] (words that are not stop words), got [${counts.join(", ")}]`,
      );
  });
});
