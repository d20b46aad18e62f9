/** The keys of a keyboard event that move between tabs. */
export type TabKey = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">;

/**
 * The tab a key moves to from tab `current` of `count`, or undefined when the key is not a
 * tab key. On a tab: ArrowLeft/ArrowRight (wrapping), Home, End, as the ARIA tabs pattern
 * has them. Anywhere in the tabs or their panels, the editor included: Ctrl+PageUp and
 * Ctrl+PageDown, as between an editor's or a browser's tabs.
 * https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function tabAfterKey(
  key: TabKey,
  current: number,
  count: number,
  onTab: boolean,
): number | undefined {
  const wrap = (i: number) => (i + count) % count;
  if (count < 1) return undefined;
  if (key.ctrlKey && !key.altKey && (key.key === "PageDown" || key.key === "PageUp")) {
    return wrap(current + (key.key === "PageDown" ? 1 : -1));
  }
  if (!onTab || key.ctrlKey || key.metaKey || key.altKey) return undefined;
  switch (key.key) {
    case "ArrowRight":
      return wrap(current + 1);
    case "ArrowLeft":
      return wrap(current - 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}
