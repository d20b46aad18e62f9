import type { ListableStore } from "../../../src/storage/store.ts";

/** A Map-backed stand-in for localStorage. */
export function memoryStore(entries: Record<string, string> = {}) {
  const data = new Map<string, string>(Object.entries(entries));
  const store: ListableStore & { data: Map<string, string> } = {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  return store;
}
