// Solution: send the stop words along with each line, so the task is
// self-contained. Each item is cloned into the worker.
import { map } from "lab";

const STOP_WORDS = ["the", "a", "of", "and", "to"];
const lines = ["the cat sat on the mat", "a tale of two cities", "to be and not to be"];

export async function countWords(): Promise<number[]> {
  return map(
    ({ line, stop }: { line: string; stop: string[] }) =>
      line.split(" ").filter((w) => !stop.includes(w)).length,
    lines.map((line) => ({ line, stop: STOP_WORDS })),
  );
}

console.log(`words that count: ${(await countWords()).join(", ")}`);
