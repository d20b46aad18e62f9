import { defineConfig } from "vitest/config";

// Real-browser tests against the built site (dist/), served by `astro preview`.
// Files run one at a time: timing assertions need the machine's cores.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    retry: process.env.CI ? 1 : 0,
  },
});
