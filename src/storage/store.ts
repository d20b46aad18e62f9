/** The slice of `Storage` used here, so tests can pass a Map-backed fake. */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** A store whose keys can be listed, as migrations need. */
export type ListableStore = KeyValueStore & Pick<Storage, "key" | "length">;

/** Every key in `store`, read before any is changed. */
export function allKeys(store: ListableStore): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** JSON stored under `key`, or undefined when it is missing, unreadable or corrupt. */
export function readJson(store: KeyValueStore, key: string): unknown {
  try {
    const raw = store.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/** Writes without throwing: a full or disabled store keeps the value for this page only. */
export function writeJson(store: KeyValueStore, key: string, value: unknown): boolean {
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function remove(store: KeyValueStore, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // nothing to remove
  }
}
