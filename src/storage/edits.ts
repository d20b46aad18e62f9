import { hashHex } from "../runtime/hash.ts";
import { editKey } from "./keys.ts";
import { readJson, remove, writeJson, type KeyValueStore } from "./store.ts";

export { editKey };

/** What is kept of a reader's edit: the code, and which original it was made from. */
export interface SavedEdit {
  code: string;
  /**
   * Hash of the original code when the reader edited it, to notice a redeploy that changed
   * it; null for edits carried over from a format that kept no comparable hash.
   */
  base: string | null;
  savedAt: number;
}

export type EditState =
  { kind: "original" } | { kind: "edited"; edit: SavedEdit; originalChanged: boolean };

export function loadEdit(store: KeyValueStore, key: string, original: string): EditState {
  const found = readJson(store, key);
  if (!isSavedEdit(found) || found.code === original) return { kind: "original" };
  if (found.base === null) {
    // Carried over without a comparable hash: take today's original as its base from now on.
    const edit = { ...found, base: hashHex(original) };
    writeJson(store, key, edit);
    return { kind: "edited", edit, originalChanged: false };
  }
  return { kind: "edited", edit: found, originalChanged: found.base !== hashHex(original) };
}

/** Saves `code`, or forgets the edit when it matches the original again. Never throws. */
export function saveEdit(
  store: KeyValueStore,
  key: string,
  code: string,
  original: string,
  base = hashHex(original),
): boolean {
  if (code === original) {
    remove(store, key);
    return true;
  }
  return writeJson(store, key, { code, base, savedAt: Date.now() } satisfies SavedEdit);
}

export function clearEdit(store: KeyValueStore, key: string): void {
  remove(store, key);
}

export function isSavedEdit(value: unknown): value is SavedEdit {
  if (typeof value !== "object" || value === null) return false;
  const { code, base } = value as Partial<SavedEdit>;
  return typeof code === "string" && (typeof base === "string" || base === null);
}
