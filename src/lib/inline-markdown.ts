/**
 * The small Markdown the course file's `home` text allows: paragraphs split by
 * a blank line, with inline `code`, **strong**, *emphasis* and [links](url).
 * Everything else is text; HTML in the source is escaped, not rendered.
 */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s*\n\s*/g, " "))
    .filter(Boolean)
    .map(inline);
}

function inline(text: string): string {
  // Code spans first, so nothing inside them is read as emphasis or a link.
  return text
    .split(/(`[^`]+`)/)
    .map((part, i) =>
      i % 2 === 1 ? `<code>${escape(part.slice(1, -1))}</code>` : emphasis(escape(part)),
    )
    .join("");
}

function emphasis(html: string): string {
  return html
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) =>
      /^(https?:|mailto:|\/|#|\.)/.test(url) ? `<a href="${url}">${label}</a>` : label,
    )
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\*([^*]+)\*/g, "<em>$1</em>");
}

function escape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
