import { createPageRuntime, type Runtime } from "../../runtime/index.ts";

let runtime: Runtime | undefined;

/** The page's one runtime (worker pool, compiler), shared by every playground on it. */
export function pageRuntime(): Runtime {
  return (runtime ??= createPageRuntime());
}

/**
 * Starts threads before the reader needs them. The watchdog (a tiny worker) at idle: a
 * main-thread run that starts before it is ready must read the clock to stay stoppable, which
 * makes recursive code many times slower for that whole run. The pool's workers (10–20 ms
 * each to start, a heap each) when the pointer or focus reaches `playground`, ahead of the
 * click: a reader who only reads pays for no pool.
 */
export function startThreadsAhead(playground: HTMLElement): void {
  const rt = pageRuntime();
  const watchdog = () => rt.prespawn(0);
  if ("requestIdleCallback" in self) requestIdleCallback(watchdog);
  else setTimeout(watchdog, 200);
  const pool = () => rt.prespawn(rt.cores);
  for (const type of ["pointerenter", "focusin"])
    playground.addEventListener(type, pool, { once: true, passive: true });
}
