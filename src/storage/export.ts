import { EDIT_PREFIX, parseEditKey, scopeOf } from "./keys.ts";
import { isSavedEdit, type SavedEdit } from "./edits.ts";
import { passedExercises, writePassed } from "./progress.ts";
import { allKeys, readJson, writeJson, type ListableStore } from "./store.ts";

/** A course's saved work as a file a learner keeps: passed exercises and edited code. */
export interface ExportedWork {
  format: "looplab-work";
  version: 1;
  /** The course's base path; a file is imported into the course it came from. */
  scope: string;
  exportedAt: string;
  passed: string[];
  /** Saved edits by page path and playground id (`/lessons/<id>/#<playground>`). */
  edits: Record<string, SavedEdit>;
}

export function exportWork(store: ListableStore, scope: string, now = new Date()): ExportedWork {
  const base = scopeOf(scope);
  const edits: Record<string, SavedEdit> = {};
  for (const key of allKeys(store)) {
    const parsed = parseEditKey(key);
    const edit = readJson(store, key);
    if (parsed?.path.startsWith(base) && isSavedEdit(edit))
      edits[`${parsed.path}#${parsed.id}`] = edit;
  }
  return {
    format: "looplab-work",
    version: 1,
    scope: base,
    exportedAt: now.toISOString(),
    passed: [...passedExercises(store, scope)].sort(),
    edits,
  };
}

/**
 * Adds an exported file's work to this course: passed exercises are merged, and an edit is
 * taken unless this browser holds a newer one for the same playground. Says what it did,
 * or throws with a message for the learner when the file is not this course's work.
 */
export function importWork(
  store: ListableStore,
  scope: string,
  data: unknown,
): { passed: number; edits: number; kept: number } {
  const work = data as Partial<ExportedWork> | null;
  if (
    work?.format !== "looplab-work" ||
    !Array.isArray(work.passed) ||
    typeof work.edits !== "object"
  )
    throw new Error("This file is not saved work from a Looplab course.");
  if (work.scope !== scopeOf(scope))
    throw new Error(
      `This file holds the work of the course at ${String(work.scope)}, not this one.`,
    );
  const passed = passedExercises(store, scope);
  const before = passed.size;
  for (const entry of work.passed) if (typeof entry === "string") passed.add(entry);
  writePassed(store, scope, passed);
  let edits = 0;
  let kept = 0;
  for (const [where, edit] of Object.entries(work.edits ?? {})) {
    if (!isSavedEdit(edit) || !where.startsWith(scopeOf(scope))) continue;
    const key = EDIT_PREFIX + where;
    const mine = readJson(store, key);
    if (isSavedEdit(mine) && mine.savedAt >= edit.savedAt) {
      kept++;
      continue;
    }
    if (writeJson(store, key, edit)) edits++;
  }
  return { passed: passed.size - before, edits, kept };
}
