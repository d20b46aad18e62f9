import { formatArgs, formatTable } from "./format.ts";
import type { LogLevel } from "../types.ts";

export type ConsoleSink = (level: LogLevel, text: string) => void;

/** The `console` a run sees: same methods as the real one, lines go to the run's output. */
export function createRunConsole(sink: ConsoleSink): Partial<Console> {
  const at =
    (level: LogLevel) =>
    (...args: unknown[]) =>
      sink(level, formatArgs(args));
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  return {
    log: at("log"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    debug: at("debug"),
    dir: at("log"),
    trace: (...args: unknown[]) => sink("log", `Trace: ${formatArgs(args)}`),
    table: (data: unknown, columns?: readonly string[]) => sink("log", formatTable(data, columns)),
    assert(condition?: boolean, ...args: unknown[]) {
      if (!condition)
        sink("error", `Assertion failed${args.length ? ": " + formatArgs(args) : ""}`);
    },
    count(label = "default") {
      const n = (counts.get(label) ?? 0) + 1;
      counts.set(label, n);
      sink("log", `${label}: ${n}`);
    },
    time(label = "default") {
      timers.set(label, performance.now());
    },
    timeEnd(label = "default") {
      const t0 = timers.get(label);
      if (t0 === undefined) return;
      timers.delete(label);
      sink("log", `${label}: ${(performance.now() - t0).toFixed(1)} ms`);
    },
  };
}
