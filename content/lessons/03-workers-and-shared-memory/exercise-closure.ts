// Exercise: make the task travel.
// Count the words of each line that are not "stop words". It works on the
// main thread but fails in the worker pool.
import { map } from "lab";

const STOP_WORDS = ["the", "a", "of", "and", "to"];
const lines = ["the cat sat on the mat", "a tale of two cities", "to be and not to be"];

// TODO: change the call so that the task uses nothing from outside itself
// and works in every "Run on" mode.
export async function countWords(): Promise<number[]> {
  return map(
    (line: string) => line.split(" ").filter((w) => !STOP_WORDS.includes(w)).length,
    lines,
  );
}

try {
  console.log(`words that count: ${(await countWords()).join(", ")}`);
} catch (error) {
  console.log(`failed: ${(error as Error).message}`);
}
