const RUNNING = "looplab-playground[data-running]";

/**
 * Resolves once no playground on the page is running. The editor loads and type-checks only
 * then: on a two-core machine its work would take a core from the run being timed.
 */
export function whenNoRun(): Promise<void> {
  if (!document.querySelector(RUNNING)) return Promise.resolve();
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (document.querySelector(RUNNING)) return;
      watch.disconnect();
      resolve();
    });
    watch.observe(document.body, { subtree: true, attributeFilter: ["data-running"] });
  });
}
