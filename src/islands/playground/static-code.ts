/**
 * The read-only view of a playground's code: shiki's highlighted `<pre>` for the original, a
 * plain `<pre>` for the reader's own version. Both hold one `span.line` per line, so error
 * lines are marked the same way in either.
 */
export class StaticCode {
  constructor(
    private readonly box: HTMLElement,
    private readonly original: string,
  ) {}

  /** The `<pre>` on show. */
  get pre(): HTMLElement | null {
    return this.box.querySelector<HTMLElement>(":scope > pre:not([hidden])");
  }

  show(code: string): void {
    const highlighted = this.box.querySelector<HTMLElement>(":scope > pre.shiki");
    let plain = this.box.querySelector<HTMLPreElement>(":scope > pre[data-plain]");
    if (code === this.original && highlighted) {
      highlighted.hidden = false;
      plain?.remove();
      return;
    }
    if (!plain) {
      plain = document.createElement("pre");
      plain.dataset.plain = "";
      plain.className = "pg-plain";
      plain.tabIndex = 0;
      this.box.append(plain);
    }
    const inner = document.createElement("code");
    code.split("\n").forEach((text, i) => {
      if (i > 0) inner.append("\n");
      const line = document.createElement("span");
      line.className = "line";
      line.textContent = text;
      inner.append(line);
    });
    plain.replaceChildren(inner);
    plain.hidden = false;
    if (highlighted) highlighted.hidden = true;
  }

  hide(): void {
    for (const pre of this.box.querySelectorAll<HTMLElement>(":scope > pre")) pre.hidden = true;
  }

  /** Marks lines (1-based) with an error, with the message as their tooltip; `[]` clears. */
  markLines(marks: readonly { line: number; message: string }[]): void {
    for (const pre of this.box.querySelectorAll<HTMLElement>(":scope > pre")) {
      const lines = pre.querySelectorAll<HTMLElement>("span.line");
      for (const line of pre.querySelectorAll<HTMLElement>("span.line[data-error]")) {
        delete line.dataset.error;
        line.removeAttribute("title");
      }
      for (const { line, message } of marks) {
        const el = lines[line - 1];
        if (!el) continue;
        el.dataset.error = "";
        el.title = message;
      }
    }
  }
}
