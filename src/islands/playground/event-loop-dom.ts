/** A small element builder for the Event loop view, which builds its DOM at run time. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== undefined) node.append(child);
  return node;
}

/** ms as the view prints it: one decimal below 10 ms, whole above (the clock is coarse). */
export function ms(t: number): string {
  return `${t < 10 ? t.toFixed(1) : Math.round(t)} ms`;
}
