import type { LongFrame, RenderMark } from "./raw-trace.ts";

interface LoafEntry extends PerformanceEntry {
  renderStart?: number;
  styleAndLayoutStart?: number;
  paintTime?: number;
  presentationTime?: number;
}

/**
 * What the browser shows of its rendering while a recorded run goes on. Script cannot see
 * when a frame is painted; it sees when a rendering update runs (requestAnimationFrame
 * callbacks run inside it: https://html.spec.whatwg.org/multipage/webappapis.html#update-the-rendering),
 * and frames longer than 50 ms are reported with their render and paint times (Long
 * Animation Frames). A loop of our own marks every update; it allocates one small object per
 * frame and never runs the snippet's code.
 */
export function watchFrames(
  /** ms to subtract from `performance.now()` times to get run-clock times. */
  offset: () => number,
  lastStep: () => number,
  active: () => boolean,
): { marks: RenderMark[]; long: LongFrame[]; stop(): void } {
  const marks: RenderMark[] = [];
  const long: LongFrame[] = [];
  let raf = 0;
  const hasRaf = typeof requestAnimationFrame === "function";
  // The callback's own time, not the frame timestamp it is given: that one is when the frame
  // began, which can be before the script that ran ahead of the update.
  const frame = () => {
    if (active()) marks.push({ t: performance.now() - offset(), after: lastStep() });
    raf = requestAnimationFrame(frame);
  };
  if (hasRaf) raf = requestAnimationFrame(frame);
  const at = (t: number | undefined) => (t ? t - offset() : undefined);
  const collect = (entries: PerformanceEntryList) => {
    for (const e of entries as LoafEntry[])
      long.push({
        start: e.startTime - offset(),
        duration: e.duration,
        ...optional("renderStart", at(e.renderStart)),
        ...optional("styleAndLayoutStart", at(e.styleAndLayoutStart)),
        ...optional("paintTime", at(e.paintTime)),
        ...optional("presentationTime", at(e.presentationTime)),
      });
  };
  let observer: PerformanceObserver | undefined;
  const types =
    typeof PerformanceObserver === "function" ? PerformanceObserver.supportedEntryTypes : [];
  if (types.includes("long-animation-frame")) {
    observer = new PerformanceObserver((list) => collect(list.getEntries()));
    observer.observe({ type: "long-animation-frame" });
  }
  return {
    marks,
    long,
    stop() {
      if (hasRaf) cancelAnimationFrame(raf);
      if (observer) {
        collect(observer.takeRecords());
        observer.disconnect();
      }
    },
  };
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
