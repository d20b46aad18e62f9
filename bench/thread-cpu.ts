// CPU time of the browser's threads, from Linux's /proc/<pid>/task/<tid>/schedstat. On a
// shared machine wall time swings with other programs' load; the CPU time of the thread that
// ran the code swings far less, so ratios of it are what the fairness figures compare.
import { existsSync, readdirSync, readFileSync } from "node:fs";

export interface ThreadCpu {
  /** ms on a CPU: the renderer's main thread, and all its dedicated workers together. */
  main: number;
  worker: number;
}

const read = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
};

function parentOf(pid: number): number {
  const stat = read(`/proc/${pid}/stat`);
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? 0);
}

function isOurs(pid: number): boolean {
  for (let p = parentOf(pid); p > 1; p = parentOf(p)) if (p === process.pid) return true;
  return false;
}

/** Renderer processes started (through the browser) by this process. */
export function ourRenderers(): number[] {
  if (!existsSync("/proc/self/task")) return [];
  return readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .map(Number)
    .filter((pid) => read(`/proc/${pid}/cmdline`).includes("--type=renderer") && isOurs(pid));
}

export function threadCpu(pids: readonly number[]): ThreadCpu {
  const out = { main: 0, worker: 0 };
  for (const pid of pids) {
    for (const tid of readdirSync(`/proc/${pid}/task`).map(Number)) {
      const comm = read(`/proc/${pid}/task/${tid}/comm`).trim();
      const kind = tid === pid ? "main" : comm.startsWith("DedicatedWorker") ? "worker" : null;
      if (!kind) continue;
      out[kind] += Number(read(`/proc/${pid}/task/${tid}/schedstat`).split(" ")[0] ?? 0) / 1e6;
    }
  }
  return out;
}
