/**
 * Every key Looplab stores, in one place. Versioned: a change of format gets a new version
 * and a step in migrate.ts that moves the old entries.
 */

/** Saved edits: one key per playground, the page path plus the playground id. */
export const EDIT_PREFIX = "looplab:edit:v2:";
/**
 * Passed exercises of one course: a JSON array of "lesson-id#exercise-id". A course is
 * scoped by the base path it is published under, so two courses on one domain keep apart.
 */
export function progressKey(scope: string): string {
  return `looplab:progress:v2:${scopeOf(scope)}`;
}
/** Passed exercises before courses were kept apart: one list for the whole domain. */
export const LEGACY_PROGRESS_KEY = "looplab:progress:v1";
/** The reader's explicit colour theme, "light" or "dark"; absent means "follow the OS". */
export const THEME_KEY = "looplab-theme";
/** Which migrations a course's storage has had in this browser: `{ version, moves }`. */
export function schemaKey(scope: string): string {
  return `looplab:storage:${scopeOf(scope)}`;
}

/** A course's scope: its base path, with exactly one trailing slash. */
export function scopeOf(base: string): string {
  return pagePath(base.startsWith("/") ? base : `/${base}`);
}

export function editKey(pathname: string, id: string): string {
  return `${EDIT_PREFIX}${pagePath(pathname)}#${id}`;
}

/** A page path with exactly one trailing slash, so `/x` and `/x/` share their edits. */
export function pagePath(pathname: string): string {
  return pathname.replace(/\/*$/, "/");
}

/** Splits an edit key back into page path and playground id. */
export function parseEditKey(key: string): { path: string; id: string } | undefined {
  if (!key.startsWith(EDIT_PREFIX)) return undefined;
  const rest = key.slice(EDIT_PREFIX.length);
  const hash = rest.lastIndexOf("#");
  return hash < 0 ? undefined : { path: rest.slice(0, hash), id: rest.slice(hash + 1) };
}

/** The lesson id in a page path (`…/lessons/<id>/`), if it is a lesson page. */
export function lessonOfPath(path: string): string | undefined {
  return /\/lessons\/([^/]+)\/$/.exec(pagePath(path))?.[1];
}
