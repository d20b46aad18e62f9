// What a reader sees on a lesson page: the pool's speedup for lesson 5's "fib-map", run
// through its playground (live output, timeline and meter drawing as they do for a reader),
// against the same work as plain JavaScript in the same page, in interleaved rounds. The
// runtime-page figures leave out the playground's own drawing, which competes with the
// reader's workers for the same cores.
import type { Page } from "playwright-core";
import { playground, runIn } from "../tests/e2e/playground-helpers.ts";
import { spread, type Spread } from "./event-loop.ts";

const LESSON = "/lessons/05-quick-parallelism/";
const PLAYGROUND = "fib-map";

export interface LessonPoolFigures {
  workers: number;
  ours: { serial: Spread; pool: Spread; speedup: Spread };
  plain: { serial: Spread; pool: Spread; speedup: Spread };
  /** Our serial run against plain JS's: what the stop checks cost this recursive task. */
  checks: Spread;
}

/**
 * The lesson's task as plain strict JavaScript: eight tasks, each defining `fib` and
 * computing fib(34); on the main thread one after another, then spread over `workers`
 * plain module workers that are already running, one task at a time each.
 */
async function plainRound(page: Page, workers: number): Promise<{ serial: number; pool: number }> {
  return page.evaluate(async (workers) => {
    const TASK = `(n) => { const fib = (k) => (k < 2 ? k : fib(k - 1) + fib(k - 2)); return fib(n); }`;
    type State = { pool: Worker[]; task: (n: number) => number };
    const w = window as unknown as { plainBench?: State };
    if (!w.plainBench) {
      const src = `"use strict"; const task = ${TASK}; onmessage = (e) => postMessage(task(e.data));`;
      const url = URL.createObjectURL(new Blob([src], { type: "text/javascript" }));
      const pool = Array.from({ length: workers }, () => new Worker(url, { type: "module" }));
      await Promise.all(pool.map((p) => new Promise((r) => ((p.onmessage = r), p.postMessage(2)))));
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the plain contender is built from source text, as the reader's code is
      const make = new Function(`"use strict"; return ${TASK}`) as () => (n: number) => number;
      const task = make();
      w.plainBench = { pool, task };
    }
    const { pool, task } = w.plainBench;
    let t0 = performance.now();
    for (let i = 0; i < 8; i++) task(34);
    const serial = performance.now() - t0;
    const queue = Array.from({ length: 8 }, () => 34);
    t0 = performance.now();
    await Promise.all(
      pool.map(async (p) => {
        for (let n = queue.pop(); n !== undefined; n = queue.pop())
          await new Promise((r) => ((p.onmessage = r), p.postMessage(n)));
      }),
    );
    return { serial, pool: performance.now() - t0 };
  }, workers);
}

export async function measureLessonPool(
  page: Page,
  siteUrl: string,
  rounds: number,
): Promise<LessonPoolFigures> {
  await page.goto(siteUrl + LESSON);
  const pg = playground(page, PLAYGROUND);
  if ((await pg.count()) === 0) throw new Error(`${LESSON} has no playground "${PLAYGROUND}"`);
  const wallOf = async (mode: "serial" | "pool") => {
    await runIn(pg, mode, 120_000);
    const last = JSON.parse((await pg.getAttribute("data-last-run")) ?? "{}") as {
      wallMs: number;
      workers?: number;
    };
    return last;
  };
  // Warm-up: each contender once, so every round compares warmed-up code.
  const workers = (await wallOf("pool")).workers ?? 1;
  await wallOf("serial");
  await plainRound(page, workers);
  const s = { oursSerial: [] as number[], oursPool: [] as number[], plain: [] as number[][] };
  for (let i = 0; i < rounds; i++) {
    s.oursSerial.push((await wallOf("serial")).wallMs);
    s.oursPool.push((await wallOf("pool")).wallMs);
    const p = await plainRound(page, workers);
    s.plain.push([p.serial, p.pool]);
  }
  const plainSerial = s.plain.map((p) => p[0]!);
  const plainPool = s.plain.map((p) => p[1]!);
  const ratios = (a: number[], b: number[]) => spread(a.map((x, i) => x / b[i]!));
  return {
    workers,
    ours: {
      serial: spread(s.oursSerial),
      pool: spread(s.oursPool),
      speedup: ratios(s.oursSerial, s.oursPool),
    },
    plain: {
      serial: spread(plainSerial),
      pool: spread(plainPool),
      speedup: ratios(plainSerial, plainPool),
    },
    checks: ratios(s.oursSerial, plainSerial),
  };
}

export function printLessonPool(f: LessonPoolFigures, log: (s: string) => void): void {
  const ms = (x: Spread) => `${x.median.toFixed(0)} ms (${x.min.toFixed(0)}–${x.max.toFixed(0)})`;
  const x = (v: Spread) => `${v.median.toFixed(2)}× (${v.min.toFixed(2)}–${v.max.toFixed(2)})`;
  log(`Lesson 5 "fib-map" on its page, pool of ${f.workers}, interleaved rounds: median (min–max)`);
  log(`  through the playground: serial ${ms(f.ours.serial)}, pool ${ms(f.ours.pool)}`);
  log(`    speedup ${x(f.ours.speedup)}`);
  log(`  plain JS, same page:    serial ${ms(f.plain.serial)}, pool ${ms(f.plain.pool)}`);
  log(`    speedup ${x(f.plain.speedup)}`);
  log(
    `  speedup ours/plain: ${(f.ours.speedup.median / f.plain.speedup.median).toFixed(2)} (target ≥ 0.9)`,
  );
  log(`  serial ours/plain (the stop checks on a recursive task): ${x(f.checks)}`);
}
