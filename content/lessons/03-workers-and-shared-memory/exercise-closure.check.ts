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
      const message = (error as Error).message.replace(/\.+$/, "");
      throw new Error(
        `countWords() failed: ${message}. The task travels to a worker as source text, without the variables around it.`,
      );
    }
    if (JSON.stringify(counts) !== "[4,3,3]")
      throw new Error(
        `expected [4, 3, 3] (words that are not stop words), got [${counts.join(", ")}]`,
      );
  });
});
