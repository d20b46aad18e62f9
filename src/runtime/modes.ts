/**
 * The run modes, their labels and the main-thread budget: defined here once and imported by
 * the playground schema, the component, the runtime and the island.
 */
export const MODES = ["serial", "concurrent", "pool"] as const;

/** How `map` runs tasks: one after another, all at once on the main thread, or on the worker pool. */
export type Mode = (typeof MODES)[number];

export const MODE_LABELS: Record<Mode, string> = {
  serial: "Main thread — serial",
  concurrent: "Main thread — concurrent",
  pool: "Worker pool",
};

/** Longest stretch a snippet may block the main thread before it is stopped, in ms. */
export const DEFAULT_BUDGET_MS = 10_000;

export function isMode(value: unknown): value is Mode {
  return (MODES as readonly unknown[]).includes(value);
}
