import type { TextSelection } from "../../editor/types.ts";

/** Characters of `root`'s text before the DOM position (node, offset). */
function offsetIn(root: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

/**
 * The text position under a point. `caretPositionFromPoint` is the standard, in Safari only
 * since 26.2 (December 2025); older Safari has the non-standard `caretRangeFromPoint`.
 * https://developer.mozilla.org/en-US/docs/Web/API/Document/caretPositionFromPoint
 */
function caretAt(x: number, y: number): CaretPoint | undefined {
  const doc = document as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/**
 * Where the reader put the caret in the static code: the text they selected by dragging, or
 * the spot they clicked, as offsets into the code (the static `<pre>`'s text is the code).
 */
export function selectionInStatic(
  pre: HTMLElement,
  click: { x: number; y: number } | undefined,
): TextSelection {
  const selection = getSelection();
  if (selection && !selection.isCollapsed && selection.anchorNode && selection.focusNode) {
    const { anchorNode, focusNode } = selection;
    if (pre.contains(anchorNode) && pre.contains(focusNode)) {
      const anchor = offsetIn(pre, anchorNode, selection.anchorOffset);
      const focus = offsetIn(pre, focusNode, selection.focusOffset);
      return {
        start: Math.min(anchor, focus),
        end: Math.max(anchor, focus),
        backward: focus < anchor,
      };
    }
  }
  const caret = click && caretAt(click.x, click.y);
  if (caret && pre.contains(caret.node)) {
    const at = offsetIn(pre, caret.node, caret.offset);
    return { start: at, end: at, backward: false };
  }
  return { start: 0, end: 0, backward: false };
}
