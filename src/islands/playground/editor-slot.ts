import type { EditorHandle } from "../../editor/types.ts";

/** Monaco editors alive at once; older ones fall back to plain text until clicked again. */
const MAX_LIVE_EDITORS = 4;

interface Live {
  handle: EditorHandle;
  release(): void;
}
const live: Live[] = [];

/**
 * Registers a new editor and releases the least recently used ones beyond the
 * limit, so a long lesson never holds dozens of Monaco instances.
 */
export function trackEditor(handle: EditorHandle, release: () => void): void {
  live.push({ handle, release });
  while (live.length > MAX_LIVE_EDITORS) live.shift()?.release();
}

export function touchEditor(handle: EditorHandle): void {
  const i = live.findIndex((l) => l.handle === handle);
  if (i >= 0) live.push(...live.splice(i, 1));
}

export function untrackEditor(handle: EditorHandle): void {
  const i = live.findIndex((l) => l.handle === handle);
  if (i >= 0) live.splice(i, 1);
}
