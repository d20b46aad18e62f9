import { hashHex } from "../runtime/hash.ts";
import {
  EDIT_PREFIX,
  LEGACY_PROGRESS_KEY,
  lessonOfPath,
  parseEditKey,
  schemaKey,
  scopeOf,
} from "./keys.ts";
import { passedExercises, readPassed, writePassed } from "./progress.ts";
import { allKeys, readJson, remove, writeJson, type ListableStore } from "./store.ts";

/**
 * A course change that a learner's saved work must follow. Declared by the course (see
 * `content/moves.ts`) and applied once per browser, in order, so chains of moves compose.
 */
export type Move =
  /** A lesson folder was renamed: its saved edits and passed exercises follow it. */
  | { lesson: string; to: string }
  /** One playground or exercise moved to another lesson, or was renamed, or both. */
  | { lesson: string; playground: string; to: { lesson?: string; playground?: string } };

/** Which course the migration is for. */
export interface CourseScope {
  /** The course's base path: its keys, and its edits (pages under it), are its own. */
  scope: string;
  /**
   * Its lesson ids, to claim its entries from the list of passed exercises that every
   * course on the domain once shared; absent: claim them all.
   */
  lessons?: readonly string[];
}

/** The storage format this code reads; older formats are converted by `migrate`. */
export const STORAGE_VERSION = 3;
const V1_EDIT_PREFIX = "looplab:edit:v1:";

interface Schema {
  version: number;
  /** Fingerprint of the moves already applied. */
  moves: string;
}

/**
 * Brings a course's stored work up to date: converts old formats, then applies the course's
 * moves. Cheap when there is nothing to do (one read). Never throws; returns what it changed.
 */
export function migrate(
  store: ListableStore,
  moves: readonly Move[],
  course: CourseScope = { scope: "/" },
): { changed: number } {
  try {
    const key = schemaKey(course.scope);
    const fingerprint = hashHex(JSON.stringify(moves));
    const schema = readJson(store, key) as Partial<Schema> | undefined;
    if (schema?.version === STORAGE_VERSION && schema.moves === fingerprint) return { changed: 0 };
    let changed = 0;
    const version = schema?.version ?? 1;
    if (version < 2) changed += editsV1toV2(store);
    if (version < 3) changed += claimSharedProgress(store, course);
    changed += applyMoves(store, moves, course.scope);
    writeJson(store, key, { version: STORAGE_VERSION, moves: fingerprint } satisfies Schema);
    return { changed };
  } catch {
    // Storage disabled: there is nothing saved to migrate.
    return { changed: 0 };
  }
}

/**
 * v1 edits hashed their original with a function the site no longer uses, so the carried
 * edit gets no base; loadEdit takes the current original as its base on first load.
 * Edit keys name their page, so this is safe whichever course on the domain runs it.
 */
function editsV1toV2(store: ListableStore): number {
  let n = 0;
  for (const key of allKeys(store).filter((k) => k.startsWith(V1_EDIT_PREFIX))) {
    const old = readJson(store, key) as { code?: unknown; savedAt?: unknown } | undefined;
    const target = EDIT_PREFIX + key.slice(V1_EDIT_PREFIX.length);
    if (typeof old?.code === "string" && store.getItem(target) === null) {
      const savedAt = typeof old.savedAt === "number" ? old.savedAt : Date.now();
      if (!writeJson(store, target, { code: old.code, base: null, savedAt })) continue;
      n++;
    }
    remove(store, key);
  }
  return n;
}

/**
 * Passed exercises used to be one list for the whole domain: this course takes the entries
 * of its own lessons into its own list and leaves the rest for the courses they belong to.
 */
function claimSharedProgress(store: ListableStore, { scope, lessons }: CourseScope): number {
  const shared = readPassed(store, LEGACY_PROGRESS_KEY);
  if (!shared.size) return 0;
  const mine = (entry: string) => !lessons || lessons.includes(entry.split("#")[0] ?? "");
  const claimed = [...shared].filter(mine);
  if (!claimed.length) return 0;
  writePassed(store, scope, new Set([...passedExercises(store, scope), ...claimed]));
  const rest = [...shared].filter((e) => !mine(e));
  if (rest.length) writeJson(store, LEGACY_PROGRESS_KEY, rest);
  else remove(store, LEGACY_PROGRESS_KEY);
  return claimed.length;
}

/** Where a playground of a lesson lives after every move, applied in order. */
export function movedTo(
  moves: readonly Move[],
  lesson: string,
  playground: string,
): { lesson: string; playground: string } {
  let at = { lesson, playground };
  for (const move of moves) {
    if (move.lesson !== at.lesson) continue;
    if (!("playground" in move)) at = { ...at, lesson: move.to };
    else if (move.playground === at.playground) {
      at = { lesson: move.to.lesson ?? at.lesson, playground: move.to.playground ?? at.playground };
    }
  }
  return at;
}

function applyMoves(store: ListableStore, moves: readonly Move[], scope: string): number {
  if (!moves.length) return 0;
  const base = scopeOf(scope);
  let n = 0;
  for (const key of allKeys(store)) {
    const parsed = parseEditKey(key);
    // Only this course's pages: another course on the domain may have lessons of the same id.
    const lesson = parsed?.path.startsWith(base) ? lessonOfPath(parsed.path) : undefined;
    if (!parsed || !lesson) continue;
    const to = movedTo(moves, lesson, parsed.id);
    if (to.lesson === lesson && to.playground === parsed.id) continue;
    const path = parsed.path.replace(/[^/]+\/$/, `${to.lesson}/`);
    const target = `${EDIT_PREFIX}${path}#${to.playground}`;
    // Never overwrite: an edit already at the target is the reader's newer work.
    const value = store.getItem(key);
    if (value === null || store.getItem(target) !== null) continue;
    store.setItem(target, value);
    store.removeItem(key);
    n++;
  }
  const passed = passedExercises(store, scope);
  const next = [...passed].map((entry) => {
    const [lesson = "", exercise = ""] = entry.split("#");
    const to = movedTo(moves, lesson, exercise);
    return `${to.lesson}#${to.playground}`;
  });
  const changed = next.filter((e) => !passed.has(e)).length;
  if (changed) writePassed(store, scope, new Set(next));
  return n + changed;
}
