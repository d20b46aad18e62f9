import { compressToEncodedURIComponent } from "lz-string";
import { expect, test } from "vitest";
import { sharedCodeFor, shareUrl } from "../../../src/islands/playground/share.ts";

const code = 'import { sleep } from "lab";\nawait sleep(100); // ünïcode ✓\n';

test("a share link round-trips the code through the fragment", () => {
  const url = shareUrl("https://example.org/course/lessons/04/?x=1#old", "io-serial", code);
  expect(url).toBe(
    `https://example.org/course/lessons/04/?x=1#io-serial:${compressToEncodedURIComponent(code)}`,
  );
  expect(sharedCodeFor(new URL(url).hash, "io-serial")).toBe(code);
});

test("a fragment for another playground, a plain anchor or garbage is ignored", () => {
  const hash = `#io-serial:${compressToEncodedURIComponent(code)}`;
  expect(sharedCodeFor(hash, "io")).toBeUndefined();
  expect(sharedCodeFor("#io-serial", "io-serial")).toBeUndefined();
  expect(sharedCodeFor("#io-serial:!!!", "io-serial")).toBeUndefined();
});
