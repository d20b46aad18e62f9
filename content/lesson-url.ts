/**
 * The URL of a lesson, and optionally of an anchor in it, under the site's base path.
 *
 * Lessons link to each other through this instead of relative paths: `../02-event-loop/`
 * resolves one level too high when a page is opened without its trailing slash.
 */
export function lessonUrl(lesson: string, anchor?: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  return `${base}lessons/${lesson}/${anchor ? `#${anchor}` : ""}`;
}
