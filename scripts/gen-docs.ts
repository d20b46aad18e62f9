// Writes docs/authoring-reference.md from the zod schemas, the check kit and lab.d.ts, so
// the reference never drifts from the code. `npm run docs`; a unit test checks it is current.
import { readFileSync, writeFileSync } from "node:fs";
import { renderReference } from "../src/docs/render-reference.ts";

const out = "docs/authoring-reference.md";
writeFileSync(
  out,
  renderReference((path) => readFileSync(path, "utf8")),
);
console.log(`wrote ${out}`);
