/**
 * Inline script placed right after a `<details open>`: on narrow screens, where
 * the sidebar sits above the lesson, it starts closed. It runs while the page
 * is parsed, before first paint, so nothing jumps; without JS it stays open.
 */
export const collapseOnNarrow = `(() => {
  const details = document.currentScript?.previousElementSibling;
  if (details instanceof HTMLDetailsElement && matchMedia("(max-width: 59.99rem)").matches) details.open = false;
})();`;
