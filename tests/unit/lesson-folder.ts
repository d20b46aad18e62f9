import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { transformLesson } from "../../src/lib/mdx/lesson-transform.ts";

/**
 * A lesson folder in a temporary directory (removed after the file's tests), with the MDX
 * transform run as if on its index.mdx: for tests of components whose props name files
 * beside the lesson.
 */
export function lessonFolder(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const here = join(root, "lessons", "here");
  mkdirSync(here, { recursive: true });
  const write = (path: string, text: string) => {
    mkdirSync(join(here, path, ".."), { recursive: true });
    writeFileSync(join(here, path), text);
  };
  const context = {
    lessons: new Map(),
    href: (id: string) => `/lessons/${id}/`,
    drafts: false,
    file: join(here, "index.mdx"),
    lessonDir: here,
  };
  const front = '---\ntitle: "Here"\nsummary: "s"\n---\n';
  const transform = (body: string) => transformLesson(`${front}${body}`, context);
  /** The lines of the error the transform throws for this body. */
  const failure = (body: string): string[] => {
    try {
      transform(body);
    } catch (error) {
      return (error as Error).message.split("\n");
    }
    throw new Error("expected the transform to fail");
  };
  return { here, write, file: context.file, transform, failure };
}
