import type { Move } from "./migrate.ts";

// A course may declare moves in content/moves.ts (`export default [...] satisfies Move[]`);
// a fork without that file has none. Globbed, so its absence is not a build error;
// `@course` is the folder of the course being built.
const found = import.meta.glob<{ default: readonly Move[] }>("@course/moves.ts", {
  eager: true,
});

/** The course's declared moves of lessons and playgrounds, oldest first. */
export const courseMoves: readonly Move[] = Object.values(found)[0]?.default ?? [];
