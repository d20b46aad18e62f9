import { courseMoves } from "./course-moves.ts";
import { migrate } from "./migrate.ts";
import type { ListableStore } from "./store.ts";

let store: ListableStore | undefined;

/** This course's scope in storage: the base path it is published under. */
export function pageScope(): string {
  return import.meta.env.BASE_URL;
}

/**
 * The page's store, migrated once per page load (a single read when there is nothing to
 * do). Where `localStorage` is unavailable (some private modes), work lasts for the page.
 */
export function pageStore(): ListableStore {
  if (store) return store;
  try {
    store = localStorage;
  } catch {
    store = memoryStore();
  }
  migrate(store, courseMoves, { scope: pageScope(), lessons: __LOOPLAB_LESSONS__ });
  return store;
}

function memoryStore(): ListableStore {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}
