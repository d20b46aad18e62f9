import type { KeyValueStore } from "../islands/playground/storage.ts";

const KEY = "looplab:progress:v1";

/** Passed exercises, as "lesson-id#exercise-id". */
export function passedExercises(store: KeyValueStore): Set<string> {
  try {
    const parsed: unknown = JSON.parse(store.getItem(KEY) ?? "[]");
    return new Set(Array.isArray(parsed) ? parsed.filter((x) => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

export function markPassed(store: KeyValueStore, lesson: string, exercise: string): void {
  const passed = passedExercises(store);
  passed.add(`${lesson}#${exercise}`);
  try {
    store.setItem(KEY, JSON.stringify([...passed].sort()));
  } catch {
    // Storage full or disabled: progress lasts for this page only.
  }
}

export function clearProgress(store: KeyValueStore): void {
  try {
    store.removeItem(KEY);
  } catch {
    // nothing stored
  }
}

/** How many of a lesson's exercises are passed. */
export function lessonProgress(passed: Set<string>, lesson: string, exercises: readonly string[]) {
  return {
    done: exercises.filter((e) => passed.has(`${lesson}#${e}`)).length,
    total: exercises.length,
  };
}
