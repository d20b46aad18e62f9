import { join } from "node:path";

/**
 * What a build reads and includes, from the environment, so one checkout can
 * build its own course, the platform's fixture course, or a course with its
 * drafts, without editing a file:
 *
 * - `LOOPLAB_CONTENT_DIR`: folder holding `course.ts` and `lessons/` (default `content`)
 * - `LOOPLAB_DRAFTS=1`: include draft lessons (the content check; `astro dev` always does)
 * - `LOOPLAB_FIXTURES=1`: add the platform's test pages under `/fixtures/`
 */
export interface BuildOptions {
  contentDir: string;
  courseFile: string;
  lessonsDir: string;
  drafts: boolean;
  fixtures: boolean;
}

export function buildOptions(env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const contentDir = (env["LOOPLAB_CONTENT_DIR"] ?? "content").replace(/\/+$/, "") || ".";
  return {
    contentDir,
    courseFile: join(contentDir, "course.ts"),
    lessonsDir: join(contentDir, "lessons"),
    drafts: env["LOOPLAB_DRAFTS"] === "1",
    fixtures: env["LOOPLAB_FIXTURES"] === "1",
  };
}
