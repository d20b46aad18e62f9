/** What is kept of a reader's edit: the code, and which original it was made from. */
export interface SavedEdit {
  code: string;
  /** Hash of the original code when the reader edited it, to notice a redeploy that changed it. */
  base: string;
  savedAt: number;
}

export type EditState =
  { kind: "original" } | { kind: "edited"; edit: SavedEdit; originalChanged: boolean };

/** The slice of `Storage` used here, so tests can pass a Map-backed fake. */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const PREFIX = "looplab:edit:v1:";

/** One key per playground: lesson path plus playground id. */
export function editKey(pathname: string, id: string): string {
  return `${PREFIX}${pathname.replace(/\/?$/, "/")}#${id}`;
}

/** Small, stable, non-cryptographic hash (FNV-1a) to recognise an original. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function loadEdit(store: KeyValueStore, key: string, original: string): EditState {
  let edit: SavedEdit | undefined;
  try {
    const raw = store.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (isSavedEdit(parsed)) edit = parsed;
  } catch {
    // Unreadable storage or a corrupt entry: fall back to the original.
  }
  if (!edit || edit.code === original) return { kind: "original" };
  return { kind: "edited", edit, originalChanged: edit.base !== hashText(original) };
}

/** Saves `code`, or forgets the edit when it matches the original again. Never throws. */
export function saveEdit(
  store: KeyValueStore,
  key: string,
  code: string,
  original: string,
  base = hashText(original),
): boolean {
  try {
    if (code === original) store.removeItem(key);
    else
      store.setItem(key, JSON.stringify({ code, base, savedAt: Date.now() } satisfies SavedEdit));
    return true;
  } catch {
    return false; // quota exceeded or storage disabled
  }
}

export function clearEdit(store: KeyValueStore, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // nothing to clear
  }
}

function isSavedEdit(value: unknown): value is SavedEdit {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as SavedEdit).code === "string" &&
    typeof (value as SavedEdit).base === "string"
  );
}
