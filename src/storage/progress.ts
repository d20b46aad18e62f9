import { PROGRESS_KEY } from "./keys.ts";
import { readJson, remove, writeJson, type KeyValueStore } from "./store.ts";

/** Passed exercises, as "lesson-id#exercise-id". */
export function passedExercises(store: KeyValueStore): Set<string> {
  const parsed = readJson(store, PROGRESS_KEY);
  return new Set(Array.isArray(parsed) ? parsed.filter((x) => typeof x === "string") : []);
}

export function markPassed(store: KeyValueStore, lesson: string, exercise: string): void {
  const passed = passedExercises(store);
  passed.add(`${lesson}#${exercise}`);
  writePassed(store, passed);
}

/** Storage full or disabled: progress lasts for this page only. */
export function writePassed(store: KeyValueStore, passed: Iterable<string>): void {
  writeJson(store, PROGRESS_KEY, [...passed].sort());
}

export function clearProgress(store: KeyValueStore): void {
  remove(store, PROGRESS_KEY);
}

/** How many of a lesson's exercises are passed. */
export function lessonProgress(passed: Set<string>, lesson: string, exercises: readonly string[]) {
  return {
    done: exercises.filter((e) => passed.has(`${lesson}#${e}`)).length,
    total: exercises.length,
  };
}
