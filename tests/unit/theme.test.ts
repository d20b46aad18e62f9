import { expect, test } from "vitest";
import { resolveTheme } from "../../src/lib/theme.ts";

test("a stored choice wins over the OS; otherwise the OS decides", () => {
  expect(resolveTheme("dark", false)).toBe("dark");
  expect(resolveTheme("light", true)).toBe("light");
  expect(resolveTheme(null, true)).toBe("dark");
  expect(resolveTheme("garbage", false)).toBe("light");
});
