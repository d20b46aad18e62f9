import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

test("the isolation fallback in public/ is the packaged coi-serviceworker, unchanged", () => {
  const shipped = readFileSync("public/coi-serviceworker.js", "utf8");
  const packaged = readFileSync("node_modules/coi-serviceworker/coi-serviceworker.min.js", "utf8");
  expect(shipped).toBe(packaged);
});

test("public/_headers isolates every path", () => {
  const headers = readFileSync("public/_headers", "utf8");
  expect(headers).toMatch(
    /^\/\*\n\s+Cross-Origin-Opener-Policy: same-origin\n\s+Cross-Origin-Embedder-Policy: require-corp/m,
  );
});
