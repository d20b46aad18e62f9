// The course: the site's name and texts, and the order of every lesson.
// A lesson's id is its folder name under lessons/; moving a lesson means moving
// its id here, never renaming the folder (that would change its URL and reset
// readers' progress). The build fails if a folder is missing from this list or
// an id here has no folder. Reference: docs/authoring-reference.md.
import { defineCourse } from "../src/lib/define-course.ts";

export default defineCourse({
  title: "Looplab",
  tagline: "Feel concurrency and parallelism",
  description: "Feel concurrency and parallelism: lessons whose experiments run in your browser.",
  home: `A course in TypeScript where every example is an experiment you can edit and run: on the
page's one thread, interleaved with \`async\`, or spread over a pool of Web Workers, with timings
you measure yourself.`,
  parts: [
    {
      title: "Foundations",
      lessons: [
        "01-how-to-use",
        "02-event-loop",
        "03-workers-and-shared-memory",
        "04-concurrency-vs-parallelism",
      ],
    },
    {
      title: "In practice",
      lessons: ["05-quick-parallelism", "shared-memory", "06-uptime-checker", "07-task-queues"],
    },
    {
      title: "Reference",
      lessons: ["08-cheat-sheet"],
    },
  ],
});
