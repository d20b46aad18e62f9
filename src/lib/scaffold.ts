/** Pure parts of `npm run new:lesson`: naming, ordering and the starter files. */

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

/** Next course position after the existing lessons' orders. */
export function nextOrder(orders: readonly number[]): number {
  return orders.length ? Math.max(...orders) + 1 : 1;
}

export function lessonFolder(order: number, title: string): string {
  return `${String(order).padStart(2, "0")}-${slugify(title)}`;
}

/** The files of a new lesson: name → contents. */
export function lessonFiles(title: string, order: number): Record<string, string> {
  const yamlTitle = JSON.stringify(title);
  return {
    "index.mdx": `---
title: ${yamlTitle}
summary: "What this lesson is about, in one or two sentences."
order: ${order}
draft: false
minutes: 10
objectives:
  - "Run the first experiment and read its timeline"
---

import first from "./first.ts?raw";
import exercise from "./exercise.ts?raw";
import solution from "./exercise.solution.ts?raw";

Say what the reader will see, then let them run it.

<Playground id="first" title="A first experiment" code={first} mode="concurrent" modes={["serial", "concurrent"]} />

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
    "exercise.ts": `// TODO: return the sum of the squares of xs.
export function total(xs: number[]): number {
  return xs.length;
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
