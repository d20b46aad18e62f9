import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { childEnv } from "../child-env.ts";

// An author's mistake must stop `astro build` with one clean line per mistake,
// naming the file, the line when known and the field, and nothing else: no
// stack, no repeats. Each course here has no playground, so it builds fast.
const root = mkdtempSync(join(tmpdir(), "looplab-mistakes-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function course(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  const define = resolve("src/lib/define-course.ts");
  const all = {
    "course.ts": `import { defineCourse } from ${JSON.stringify(define)};\nexport default defineCourse({ title: "T", tagline: "T", parts: [{ title: "P", lessons: ["one"] }] });\n`,
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The build's output lines that mention the course, and its exit status. */
function build(contentDir: string): { status: number | null; lines: string[] } {
  const result = spawnSync("npx", ["astro", "build", "--outDir", join(root, "dist")], {
    env: childEnv({ LOOPLAB_CONTENT_DIR: contentDir }),
    encoding: "utf8",
    timeout: 240_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  return { status: result.status, lines: output.split("\n").filter((l) => l.includes(contentDir)) };
}

const front = '---\ntitle: "One"\nsummary: "A lesson."\n';

describe("author mistakes stop the build with one clean line each", () => {
  test("frontmatter: file, line and field, once", () => {
    const dir = course("frontmatter", {
      "lessons/one/index.mdx": `${front}order: 3\nminutes: "ten"\n---\n\nText.\n`,
    });
    const { status, lines } = build(dir);
    expect(status).not.toBe(0);
    expect(lines.map((l) => l.slice(l.indexOf("lessons/one/")))).toEqual([
      'lessons/one/index.mdx:5: minutes: expected a number, got "ten"',
      "lessons/one/index.mdx:4: order: the order of lessons lives in the course file (content/course.ts) now; delete this line",
    ]);
  }, 250_000);

  test("a lesson: ids used twice, an unknown link and an example that does not compile", () => {
    const dir = course("lesson", {
      "lessons/one/index.mdx": `${front}---\n\n<Playground id="a" title="A" file="bad.ts" />\n\n<Playground id="a" title="B" file="bad.ts" />\n\nSee [](lesson:nowhere).\n`,
      "lessons/one/bad.ts": "const n: number = ;\n",
    });
    const { status, lines } = build(dir);
    expect(status).not.toBe(0);
    expect(lines.map((l) => l.slice(l.indexOf("lessons/one/")))).toEqual([
      'lessons/one/index.mdx:8: id: "a" is already used on line 6; ids must be unique on a page',
      'lessons/one/index.mdx:10: (lesson:nowhere): no lesson "nowhere"',
    ]);
    writeFileSync(
      join(dir, "lessons/one/index.mdx"),
      `${front}---\n\n<Playground id="a" title="A" file="bad.ts" />\n`,
    );
    const compile = build(dir);
    expect(compile.status).not.toBe(0);
    expect(compile.lines.map((l) => l.slice(l.indexOf("lessons/one/")))).toEqual([
      expect.stringMatching(
        /^lessons\/one\/bad\.ts:1:19: .*\(shown by <Playground id="a"> at .*lessons\/one\/index\.mdx:6\)$/,
      ),
    ]);
  }, 250_000);

  test("the course file: an id with no folder, and a folder it does not list", () => {
    const dir = course("course", {
      "course.ts": `import { defineCourse } from ${JSON.stringify(resolve("src/lib/define-course.ts"))};\nexport default defineCourse({\n  title: "T",\n  tagline: "T",\n  parts: [{ title: "P", lessons: ["one", "nowhere"] }],\n});\n`,
      "lessons/one/index.mdx": `${front}---\n\nText.\n`,
      "lessons/two/index.mdx": `${front}---\n\nText.\n`,
    });
    const { status, lines } = build(dir);
    expect(status).not.toBe(0);
    expect(lines.map((l) => l.slice(l.indexOf(dir)))).toEqual([
      `${dir}/course.ts:5: parts[0].lessons[1]: no lesson folder "nowhere"`,
      `${dir}/lessons/two/index.mdx: not listed in the course file; add its id where it belongs in the course`,
    ]);
  }, 250_000);
});
