import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { movedTo, type Move } from "../../../src/storage/migrate.ts";

// A course's declared moves must lead somewhere: a reader's work moved to a lesson or a
// playground id that does not exist would be kept but never shown.
const file = "content/moves.ts";

test.runIf(existsSync(file))(
  "every move in content/moves.ts ends at a lesson and id that exist",
  async () => {
    const moves = ((await import(`../../../${file}`)) as { default: Move[] }).default;
    const lessonsDir = process.env.LOOPLAB_LESSONS_DIR ?? "content/lessons";
    const wrong = moves.flatMap((move) => {
      const from = "playground" in move ? move.playground : undefined;
      const to = movedTo(moves, move.lesson, from ?? "");
      const mdx = `${lessonsDir}/${to.lesson}/index.mdx`;
      if (!existsSync(mdx)) return [`${move.lesson} → ${to.lesson}: no such lesson`];
      if (from && !new RegExp(`\\bid=["']${to.playground}["']`).test(readFileSync(mdx, "utf8")))
        return [`${move.lesson}#${from} → ${to.lesson}#${to.playground}: no such id there`];
      return [];
    });
    expect(wrong).toEqual([]);
  },
);
