import type { PlaygroundViews } from "./playground-views.ts";
import type { SourcePanel } from "./source-panel.ts";

/**
 * Share: copies a link that opens the page with the reader's code in this playground, or
 * shows the link when the clipboard is closed to the page. Loaded on the first Share.
 */
export async function shareLink(
  playground: HTMLElement,
  panel: SourcePanel<unknown>,
  views: PlaygroundViews,
): Promise<void> {
  const url = await panel.shareUrl();
  try {
    await navigator.clipboard.writeText(url);
    views.status("Link copied.");
  } catch {
    // No clipboard permission: show the link so it can be copied by hand.
    views.status("");
    panel.notice(url, "link");
  }
  playground.dataset.shareUrl = url;
}
