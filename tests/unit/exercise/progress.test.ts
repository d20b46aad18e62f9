import { expect, test } from "vitest";
import {
  clearProgress,
  lessonProgress,
  markPassed,
  passedExercises,
} from "../../../src/exercise/progress.ts";

function memoryStore() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

test("passed exercises are remembered, counted per lesson and can be cleared", () => {
  const store = memoryStore();
  markPassed(store, "04", "overlap");
  markPassed(store, "04", "overlap");
  markPassed(store, "05", "fib");
  expect([...passedExercises(store)]).toEqual(["04#overlap", "05#fib"]);
  expect(lessonProgress(passedExercises(store), "04", ["overlap", "break-even"])).toEqual({
    done: 1,
    total: 2,
  });
  clearProgress(store);
  expect(passedExercises(store).size).toBe(0);
});

test("corrupt progress reads as none", () => {
  const store = memoryStore();
  store.setItem("looplab:progress:v1", "{oops");
  expect(passedExercises(store).size).toBe(0);
});
