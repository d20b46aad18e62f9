import type { TaskTrace } from "../types.ts";
import type { TaskTracker } from "../pool/executors.ts";

/** Counts a run's tasks and turns executor callbacks into start/end traces. */
export function createTaskTracking(
  runId: string,
  now: () => number,
  report: (t: TaskTrace) => void,
  onSettled: () => void,
) {
  const lanes = new Set<string>();
  let tasks = 0;
  let outstanding = 0;

  function track(group: number, index: number): TaskTracker {
    const base = { runId, group, index, queued: now() };
    tasks++;
    outstanding++;
    let started: { lane: string; start: number } | undefined;
    let syncEnd: number | undefined;
    let done = false;
    return {
      start(lane) {
        started = { lane, start: now() };
        lanes.add(lane);
        report({ ...base, state: "running", ...started });
      },
      computed() {
        syncEnd ??= now();
      },
      end(ok, times) {
        if (done) return;
        done = true;
        outstanding--;
        // A task refused before it reached a thread (e.g. an uncloneable argument) is drawn
        // on the main thread, where it failed, from when it was queued.
        const lane = started?.lane ?? "main";
        const end = times?.end ?? now();
        report({
          ...base,
          state: "done",
          lane,
          start: times?.start ?? started?.start ?? base.queued,
          syncEnd: times?.syncEnd ?? syncEnd ?? end,
          end,
          ok,
        });
        onSettled();
      },
    };
  }

  return {
    track,
    outstanding: () => outstanding,
    count: () => tasks,
    lanes: () => [...lanes].sort((a, b) => a.localeCompare(b, "en", { numeric: true })),
  };
}
