import type { ProgramSource } from "../../../runtime/index.ts";
import { clearEdit, editKey, loadEdit, saveEdit } from "../../../storage/edits.ts";
import type { KeyValueStore } from "../../../storage/store.ts";

/** Where a program's files are kept: one key per file, `<playground id>/<file name>`. */
export interface FilesPlace {
  store: KeyValueStore;
  /** The page's path. */
  path: string;
  /** The playground's id. */
  id: string;
}

const keyOf = (place: FilesPlace, file: string) => editKey(place.path, `${place.id}/${file}`);

/** The reader's version of every file: saved edits over the originals. */
export function loadFiles(
  place: FilesPlace,
  original: ProgramSource,
): { files: Record<string, string>; edited: boolean; originalChanged: boolean } {
  let edited = false;
  let originalChanged = false;
  const files = { ...original.files };
  for (const [name, text] of Object.entries(original.files)) {
    const state = loadEdit(place.store, keyOf(place, name), text);
    if (state.kind === "original") continue;
    files[name] = state.edit.code;
    edited = true;
    originalChanged ||= state.originalChanged;
  }
  return { files, edited, originalChanged };
}

/** Saves each file that differs from its original and forgets the others. */
export function saveFiles(
  place: FilesPlace,
  original: ProgramSource,
  files: Readonly<Record<string, string>>,
): void {
  for (const [name, text] of Object.entries(original.files)) {
    saveEdit(place.store, keyOf(place, name), files[name] ?? text, text);
  }
}

export function clearFiles(place: FilesPlace, original: ProgramSource): void {
  for (const name of Object.keys(original.files)) clearEdit(place.store, keyOf(place, name));
}
