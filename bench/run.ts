// Runtime benchmark in headless Chromium against the built site: `npm run bench [-- --json]`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Page } from "playwright-core";
import { compileInNode } from "../src/runtime/node.ts";
import { blankGuards } from "../src/runtime/compile/guard-text.ts";
import type { Compiled } from "../src/runtime/node.ts";
import { measureFairness, type Fairness, type Spread } from "./fairness.ts";
import type { KernelName } from "./kernels.ts";
import { measureInPage } from "./measure.ts";
import { measureEventLoop, spread, type EventLoopFigures } from "./event-loop.ts";
import { CHROMIUM_ARGS } from "../tests/e2e/config.ts";
import { servePreview } from "./preview.ts";
import { measureReaderWorkers, printReaderWorkers } from "./reader-workers.ts";
import { measureLessonPool, printLessonPool } from "./lesson-pool.ts";

const asJson = process.argv.includes("--json");
/** `npm run bench -- --event-loop`: only the Event loop view's figures. */
const onlyEventLoop = process.argv.includes("--event-loop");
/** `npm run bench -- --lesson`: only the lesson page's pool figures. */
const onlyLesson = process.argv.includes("--lesson");
const log = (s: string) => process.stdout.write(s + "\n");

function siteDir(): string {
  const dir = process.env["BENCH_DIST"] ?? "dist";
  // The runtime fixture page, and the sample course's lesson page for its pool figures.
  const needs = ["fixtures/runtime/index.html", "lessons/05-quick-parallelism/index.html"];
  if (needs.every((f) => existsSync(`${dir}/${f}`))) return dir;
  const out = ".tmp/dist-bench";
  if (needs.every((f) => existsSync(`${out}/${f}`)) && process.env["BENCH_REUSE"]) return out;
  log(`${dir}/ lacks the runtime fixture page or the sample course; building into ${out} …`);
  const r = spawnSync("npx", ["astro", "build", "--outDir", out], {
    stdio: asJson ? "ignore" : "inherit",
  });
  if (r.status !== 0) throw new Error("astro build failed");
  return out;
}

type Code = Compiled;

async function compile(source: string): Promise<Code> {
  const r = await compileInNode(source);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r;
}

const fib = "function fib(n: number): number {\n  return n < 2 ? n : fib(n - 1) + fib(n - 2);\n}\n";
const snippets = {
  tiny: 'import { map, now } from "lab";\nconst items = Array.from({ length: 1000 }, (_, i) => i);\nconst t0 = now();\nawait map((x: number) => x + 1, items);\nexport const ms = now() - t0;\n',
  // The same tasks, each in a message of its own: what the pool costs per message.
  tinyOne:
    'import { map, now } from "lab";\nconst items = Array.from({ length: 1000 }, (_, i) => i);\nconst t0 = now();\nawait map((x: number) => x + 1, items, { chunksize: 1 });\nexport const ms = now() - t0;\n',
  fib: `import { map, now } from "lab";\n${fib}const t0 = now();\nawait map(fib, [35, 35, 35, 35, 35, 35, 35, 35]);\nexport const ms = now() - t0;\n`,
  sleeps:
    'import { map, now, sleep } from "lab";\nconst t0 = now();\nawait map(() => sleep(200), [1, 2, 3, 4, 5, 6, 7, 8]);\nexport const ms = now() - t0;\n',
};

const ROUNDS = 9;

/** Ratios of the same function's speed: on the main thread against a pool of one worker. */
function fairnessFigures(f: Fairness): Record<string, number> {
  const k = f.kernels;
  const relative = (name: KernelName) =>
    k[name].oursMainOverWorker.median / k[name].plainMainOverWorker.median;
  return {
    main_over_worker_loop: relative("int"),
    main_over_worker_fib: relative("fib"),
    concurrent_over_serial_loop: f.concurrentOverSerial.median,
    guard_overhead_ratio: k.primes.checks.median,
    guard_overhead_ratio_recursive: k.fib.checks.median,
    guard_overhead_ratio_int: k.int.checks.median,
    guard_overhead_ratio_float: k.float.checks.median,
    guard_overhead_ratio_array: k.array.checks.median,
    guard_overhead_ratio_calls: k.calls.checks.median,
  };
}

function printFairness(f: Fairness): void {
  const s = (x: Spread) => `${x.median.toFixed(3)} (${x.min.toFixed(2)}–${x.max.toFixed(2)})`;
  const by = f.clock === "cpu" ? "CPU time of the thread that ran the code" : "wall time";
  log(`Fairness by ${by}, ${ROUNDS} interleaved rounds each: median (min–max)`);
  log("  kernel   main/worker, ours     main/worker, plain JS   ours/plain  checks on/off, main");
  for (const [name, k] of Object.entries(f.kernels)) {
    const rel = k.oursMainOverWorker.median / k.plainMainOverWorker.median;
    log(
      `  ${name.padEnd(7)}  ${s(k.oursMainOverWorker).padEnd(21)} ${s(k.plainMainOverWorker).padEnd(23)} ${rel.toFixed(3).padEnd(11)} ${s(k.checks)}`,
    );
  }
  log(`  concurrent/serial, 4 int tasks: ${s(f.concurrentOverSerial)}  (target 0.95–1.05)`);
  log("  targets: ours/plain 0.9–1.1 (int, fib); checks ≤ 1.3 int, ≤ 1.2 fib, ≤ 1.05 typical");
}

async function main(): Promise<void> {
  const server = await servePreview(siteDir());
  log(`Serving the site with ${server.via} at ${server.url}`);
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const page: Page = await browser.newPage();
    if (onlyEventLoop) {
      const loop = await measureEventLoop(page, server.url, { micro: 15, examples: 3 });
      printEventLoop(loop);
      if (asJson) console.log(JSON.stringify(round(eventLoopFigures(loop))));
      return;
    }
    if (onlyLesson) {
      const lesson = await measureLessonPool(page, server.url, ROUNDS);
      printLessonPool(lesson, log);
      return;
    }
    await page.goto(`${server.url}/fixtures/runtime/`);
    await page.waitForFunction(() => "looplab" in window);
    const code = {
      tiny: await compile(snippets.tiny),
      tinyOne: await compile(snippets.tinyOne),
      fib: await compile(snippets.fib),
      sleeps: await compile(snippets.sleeps),
    };
    // The hand pool runs exactly what ours runs: the compiled fib, stop checks included.
    const fibSource = /function fib\(n\) \{[^]*?\n\}/.exec(code.fib.code)?.[0] ?? "";
    const plainFib = blankGuards(fibSource);
    const r = await page.evaluate(measureInPage, { code, fibSource, plainFib });
    const fairness = await measureFairness(page, ROUNDS);
    const readerWorkers = await measureReaderWorkers(page, ROUNDS);
    const loop = await measureEventLoop(page, server.url, { micro: 15, examples: 3 });
    const lesson = await measureLessonPool(page, server.url, ROUNDS);
    const results = {
      compile_cold_ms: r.compileCold,
      compile_warm_ms: r.compileWarm,
      dispatch_us_per_task: r.dispatch.ours,
      dispatch_unbatched_us_per_task: r.dispatch.oursOne,
      hand_pool_dispatch_us_per_task: r.dispatch.hand,
      workerpool_dispatch_us_per_task: r.dispatch.workerpool,
      fib_serial_ms: r.fib.serial,
      fib_concurrent_ms: r.fib.concurrent,
      fib_pool2_ms: r.fib.pool,
      fib_hand_pool2_ms: r.fib.hand,
      fib_workerpool2_ms: r.fib.workerpool,
      speedup_pool_vs_serial: r.fib.serial / r.fib.pool,
      speedup_hand_pool_vs_serial: r.fib.serial / r.fib.hand,
      speedup_workerpool_vs_serial: r.fib.serial / r.fib.workerpool,
      io_8x200_pool2_ms: r.sleeps,
      ...fairnessFigures(fairness),
      reader_worker_start_ratio: readerWorkers.startMs.ratio.median,
      reader_worker_round_trip_ratio: readerWorkers.tripUs.ratio.median,
      ...eventLoopFigures(loop),
      lesson_pool_speedup: lesson.ours.speedup.median,
      lesson_plain_speedup: lesson.plain.speedup.median,
      lesson_pool_speedup_of_plain: lesson.ours.speedup.median / lesson.plain.speedup.median,
      lesson_checks_ratio: lesson.checks.median,
    };
    printTable(results, navigatorCores(r.cores));
    printFairness(fairness);
    printReaderWorkers(readerWorkers, log);
    printEventLoop(loop);
    printLessonPool(lesson, log);
    if (asJson) console.log(JSON.stringify(round(results)));
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The two budgets of the Event loop view: cost per event, and the worst example's slowdown. */
function eventLoopFigures(f: EventLoopFigures): Record<string, number> {
  return {
    event_loop_us_per_event: Math.max(f.awaitUsPerEvent.median, f.thenUsPerEvent.median),
    event_loop_record_overhead: Math.max(...f.examples.map((e) => e.ratio)),
  };
}

function printEventLoop(f: EventLoopFigures): void {
  const s = (x: { median: number; min: number; max: number }, d = 2) =>
    `${x.median.toFixed(d)} (${x.min.toFixed(d)}–${x.max.toFixed(d)})`;
  const ratios = spread(f.examples.map((e) => e.ratio));
  log("Event loop view: recorded vs plain, interleaved; median (min–max)");
  log(`  µs per recorded event, await loop:  ${s(f.awaitUsPerEvent)}  (budget ≤ 2)`);
  log(`  µs per recorded event, then-chain:  ${s(f.thenUsPerEvent)}  (budget ≤ 2)`);
  log(
    `  ${f.examples.length} lesson examples, recorded/plain wall time (median of rounds): ${s(ratios)}  (budget ≤ 3× each)`,
  );
  for (const e of f.examples.toSorted((a, b) => b.ratio - a.ratio).slice(0, 8))
    log(
      `    ${e.ratio.toFixed(2)}×  ${e.name}  plain ${e.plainMs.toFixed(0)} ms, recorded ${e.recordedMs.toFixed(0)} ms, ${e.events} events`,
    );
}

function navigatorCores(n: number): string {
  return `${n} logical cores`;
}

function round(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
}

function printTable(r: Record<string, number>, cores: string): void {
  const f = (v: number, d = 1) => v.toFixed(d);
  const rows: [string, string, string][] = [
    ["compile, cold (wasm init + first)", `${f(r["compile_cold_ms"]!)} ms`, ""],
    ["compile, warm", `${f(r["compile_warm_ms"]!)} ms`, ""],
    [
      "dispatch, 1000 tiny tasks, ours",
      `${f(r["dispatch_us_per_task"]!)} µs/task`,
      `${f(r["dispatch_us_per_task"]! / r["hand_pool_dispatch_us_per_task"]!, 2)} of hand pool (target ≤ 1.15)`,
    ],
    [
      "  same, chunksize 1 (a message each)",
      `${f(r["dispatch_unbatched_us_per_task"]!)} µs/task`,
      `${f(r["dispatch_unbatched_us_per_task"]! / r["hand_pool_dispatch_us_per_task"]!, 2)} of hand pool`,
    ],
    ["dispatch, hand-written pool", `${f(r["hand_pool_dispatch_us_per_task"]!)} µs/task`, ""],
    ["dispatch, workerpool", `${f(r["workerpool_dispatch_us_per_task"]!)} µs/task`, ""],
    ["fib(35)×8 serial", `${f(r["fib_serial_ms"]!, 0)} ms`, "1.00×"],
    [
      "fib(35)×8 concurrent (main)",
      `${f(r["fib_concurrent_ms"]!, 0)} ms`,
      `${f(r["fib_serial_ms"]! / r["fib_concurrent_ms"]!, 2)}×`,
    ],
    [
      "fib(35)×8 ours pool(2)",
      `${f(r["fib_pool2_ms"]!, 0)} ms`,
      `${f(r["speedup_pool_vs_serial"]!, 2)}× (target ≥ 1.6), ${f(r["speedup_pool_vs_serial"]! / r["speedup_hand_pool_vs_serial"]!, 2)} of hand pool (target ≥ 0.95)`,
    ],
    [
      "fib(35)×8 hand pool(2)",
      `${f(r["fib_hand_pool2_ms"]!, 0)} ms`,
      `${f(r["speedup_hand_pool_vs_serial"]!, 2)}×`,
    ],
    [
      "fib(35)×8 workerpool(2)",
      `${f(r["fib_workerpool2_ms"]!, 0)} ms`,
      `${f(r["speedup_workerpool_vs_serial"]!, 2)}×`,
    ],
    ["8 × sleep(200) in pool(2)", `${f(r["io_8x200_pool2_ms"]!, 0)} ms`, "target ≈ 200"],
    [
      "stop checks, loops (primes)",
      `${f((r["guard_overhead_ratio"]! - 1) * 100, 1)} %`,
      "target ≤ 5 %",
    ],
    [
      "stop checks, recursion (fib)",
      `${f((r["guard_overhead_ratio_recursive"]! - 1) * 100, 1)} %`,
      "target ≤ 20 %",
    ],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  log(`Looplab runtime benchmark (headless Chromium, ${cores})`);
  for (const [a, b, c] of rows) log(`  ${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
}

await main();
