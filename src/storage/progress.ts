import { progressKey } from "./keys.ts";
import { readJson, remove, writeJson, type KeyValueStore } from "./store.ts";

/** Passed exercises of the course at `scope`, as "lesson-id#exercise-id". */
export function passedExercises(store: KeyValueStore, scope: string): Set<string> {
  return readPassed(store, progressKey(scope));
}

/** The list kept under `key`; an unreadable or corrupt one reads as empty. */
export function readPassed(store: KeyValueStore, key: string): Set<string> {
  const parsed = readJson(store, key);
  return new Set(Array.isArray(parsed) ? parsed.filter((x) => typeof x === "string") : []);
}

export function markPassed(
  store: KeyValueStore,
  scope: string,
  lesson: string,
  exercise: string,
): void {
  const passed = passedExercises(store, scope);
  passed.add(`${lesson}#${exercise}`);
  writePassed(store, scope, passed);
}

/** Storage full or disabled: progress lasts for this page only. */
export function writePassed(store: KeyValueStore, scope: string, passed: Iterable<string>): void {
  writeJson(store, progressKey(scope), [...passed].sort());
}

export function clearProgress(store: KeyValueStore, scope: string): void {
  remove(store, progressKey(scope));
}

/** How many of a lesson's exercises are passed. */
export function lessonProgress(passed: Set<string>, lesson: string, exercises: readonly string[]) {
  return {
    done: exercises.filter((e) => passed.has(`${lesson}#${e}`)).length,
    total: exercises.length,
  };
}
