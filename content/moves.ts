// Where learners' saved edits and passed exercises go when lessons are renamed or split.
// Applied once per browser, in order; see "Moving lessons" in CONTRIBUTING.md.
import type { Move } from "../src/storage/migrate.ts";

const toSharedMemory = (playground: string): Move => ({
  lesson: "03-workers-and-shared-memory",
  playground,
  to: { lesson: "shared-memory" },
});

export default [
  // Lesson 3 was split: shared memory became a lesson of its own after lesson 5.
  toSharedMemory("lost-updates"),
  toSharedMemory("atomic-add"),
  toSharedMemory("mutex"),
  toSharedMemory("isolation"),
  toSharedMemory("exercise-histogram"),
] satisfies Move[];
