/**
 * The Workers box as a number the pool accepts: 1 to twice the cores. A value it had to
 * change comes with a note saying so, never silently.
 */
export function workersFrom(text: string, cores: number): { workers: number; note?: string } {
  const value = Math.round(Number(text));
  const workers = Number.isFinite(value) ? Math.min(Math.max(value, 1), cores * 2) : cores;
  if (text === String(workers)) return { workers };
  return {
    workers,
    note: `Workers: ${text || "none"} asked, ${workers} used (1 to ${cores * 2}: twice this machine's ${cores} cores)`,
  };
}
