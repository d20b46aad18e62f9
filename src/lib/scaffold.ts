/** Pure parts of `npm run new:lesson`: naming, placing in the course file, the starter files. */

export function slugify(title: string): string {
  return (
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48)
      .replace(/-+$/, "") || "lesson"
  );
}

/**
 * Adds `id` to the course file's text right after `after` (a lesson id it
 * lists), or, with no `after`, after `last` (the course's last lesson), or in
 * the first empty `lessons: []`. The text is edited in place, so comments and
 * layout survive; Prettier tidies the result.
 */
export function insertLessonId(
  text: string,
  id: string,
  { after, last }: { after?: string | undefined; last?: string | undefined },
): string {
  const anchor = after ?? last;
  if (anchor) {
    const escaped = anchor.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // The id as an array element: after `[`, `,` or a line break, before `,` or `]`.
    const element = new RegExp(`([[,]\\s*)(["'])${escaped}\\2(?=\\s*[,\\]])`);
    const match = element.exec(text);
    if (!match) throw new Error(`the course file does not list "${anchor}"`);
    const end = match.index + match[0].length;
    return `${text.slice(0, end)}, ${match[2]}${id}${match[2]}${text.slice(end)}`;
  }
  const empty = /lessons\s*:\s*\[\s*\]/.exec(text);
  if (!empty) throw new Error("the course file lists no lesson and has no empty lessons: []");
  const end = empty.index + empty[0].length;
  return `${text.slice(0, end - 1)}"${id}"${text.slice(end - 1)}`;
}

/** The placeholder summary a lesson keeps until its author writes one; a published lesson may not. */
export const TODO_SUMMARY = "TODO: one or two sentences for the course index and search results.";

/** The files of a new lesson, a draft: name → contents. */
export function lessonFiles(title: string): Record<string, string> {
  return {
    "index.mdx": `---
title: ${JSON.stringify(title)}
summary: ${JSON.stringify(TODO_SUMMARY)}
draft: true
minutes: 10
objectives:
  - "Run the first experiment and read its timeline"
---

import exercise from "./exercise.ts?raw";
import solution from "./exercise.solution.ts?raw";

Say what the reader will see, then let them run it.

<Playground id="first" title="A first experiment" file="first.ts" mode="concurrent" modes={["serial", "concurrent"]} />

**What you should see:** run it serially, then concurrently, and compare the wall times.

## Exercise

<Exercise id="exercise" title="Your first exercise" starter={exercise} solution={solution} check="exercise.check.ts">
  Make \`total\` return the sum of the squares of its inputs.
</Exercise>

## Recap

- One point the reader should take away.
`,
    "first.ts": `import { map, now, sleep, threadName } from "lab";

const results = await map(async (n: number) => {
  await sleep(100);
  return \`task \${n} on \${threadName()} at \${Math.round(now())} ms\`;
}, [1, 2, 3, 4]);
console.log(results.join("\\n"));
`,
    // The starter does not use its parameter yet: lesson code allows that (content/tsconfig.json).
    "exercise.ts": `// TODO: return the sum of the squares of xs.
export function total(xs: number[]): number {
  return 0;
}

console.log(total([1, 2, 3]));
`,
    "exercise.solution.ts": `export function total(xs: number[]): number {
  return xs.reduce((sum, x) => sum + x * x, 0);
}

console.log(total([1, 2, 3]));
`,
    "exercise.check.ts": `import { defineChecks } from "looplab/check";

interface Learner {
  total(xs: number[]): number;
}

export default defineChecks<Learner>((learner, t) => {
  t.equal("total([1, 2, 3]) is 14", learner.total([1, 2, 3]), 14);
  t.equal("total([]) is 0", learner.total([]), 0);
});
`,
  };
}
