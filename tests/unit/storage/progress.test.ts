import { expect, test } from "vitest";
import {
  clearProgress,
  lessonProgress,
  markPassed,
  passedExercises,
} from "../../../src/storage/progress.ts";
import { memoryStore } from "./memory-store.ts";

test("passed exercises are remembered, counted per lesson and can be cleared", () => {
  const store = memoryStore();
  markPassed(store, "/", "04", "overlap");
  markPassed(store, "/", "04", "overlap");
  markPassed(store, "/", "05", "fib");
  expect([...passedExercises(store, "/")]).toEqual(["04#overlap", "05#fib"]);
  expect(lessonProgress(passedExercises(store, "/"), "04", ["overlap", "break-even"])).toEqual({
    done: 1,
    total: 2,
  });
  clearProgress(store, "/");
  expect(passedExercises(store, "/").size).toBe(0);
});

test("corrupt progress reads as none", () => {
  const store = memoryStore();
  store.setItem("looplab:progress:v2:/", "{oops");
  expect(passedExercises(store, "/").size).toBe(0);
});
