import { defineConfig } from "vitest/config";

// Unit tests: pure logic only, in Node. Browser behaviour is tested by tests/e2e against the built site.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
  },
});
