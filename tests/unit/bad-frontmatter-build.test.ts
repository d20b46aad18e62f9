import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { childEnv } from "../child-env.ts";

// A fork's typo in frontmatter must stop the build and say where it is.
test("a lesson with bad frontmatter fails the build, naming the file and field", () => {
  const out = mkdtempSync(join(tmpdir(), "looplab-bad-build-"));
  try {
    const result = spawnSync("npx", ["astro", "build", "--outDir", out], {
      env: childEnv({ LOOPLAB_LESSONS_DIR: "tests/fixtures/bad-frontmatter" }),
      encoding: "utf8",
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain("01-broken/index.mdx");
    expect(output).toMatch(/order.*Expected type .?"?number/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 150_000);
