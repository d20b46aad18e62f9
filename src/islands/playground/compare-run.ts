import type { Mode } from "../../runtime/index.ts";
import { compareTable, type CompareSample } from "./compare-stats.ts";
import { renderCompare } from "./compare-view.ts";
import type { PlaygroundViews } from "./playground-views.ts";
import type { RunController } from "./run-controller.ts";

/** Measured rounds of Compare, after one warm-up round: enough for a median and a spread. */
const ROUNDS = 3;

/**
 * Loaded on the first Compare, not with the page: most readers never press it.
 *
 * Compare: the code in every mode, round after round after a warm-up, then a table of
 * medians and spreads against serial and the last round's timelines on one axis.
 */
export async function runCompare<S, C>(
  runs: RunController<S, C>,
  views: PlaygroundViews,
  code: S,
  workers: number,
  cores: number,
): Promise<void> {
  const { rounds, interrupted } = await runs.compare(
    code,
    workers,
    { rounds: ROUNDS, warmUp: 1 },
    (mode, round) => {
      // Each round's output replaces the last: the reader sees one run per mode.
      if (mode === "serial") views.output.clear();
      views.setRunning(true);
      views.compareHeading(mode, round < 1 ? "warm-up" : `${round} of ${ROUNDS}`);
      return views.listener();
    },
  );
  if (interrupted || !rounds.length) return;
  const samples = new Map<Mode, CompareSample[]>();
  for (const result of rounds.flat())
    samples.set(result.mode, [...(samples.get(result.mode) ?? []), views.sample(result)]);
  const last = (rounds.at(-1) ?? []).map((r) => views.sample(r));
  const table = compareTable(samples, cores, self.crossOriginIsolated);
  renderCompare(views.compareBox, table, { cores, rounds: rounds.length });
  views.showCompareRuns(last);
}
