// Amdahl's law for your machine: if a fraction p of a program can run in
// parallel on n cores, the best possible speedup is 1 / ((1 - p) + p / n).
import { hardwareConcurrency } from "lab";

const cores = hardwareConcurrency();
const amdahl = (p: number, n: number) => 1 / (1 - p + p / n);

const counts = [...new Set([2, 4, 8, cores])].toSorted((a, b) => a - b);
const rows = [0.5, 0.75, 0.9, 0.95, 0.99].map((p) => {
  const row: Record<string, string> = { "parallel part": `${p * 100}%` };
  for (const n of counts) {
    const label = n === cores ? `${n} cores (yours)` : `${n} cores`;
    row[label] = `${amdahl(p, n).toFixed(2)}×`;
  }
  row["∞ cores"] = `${(1 / (1 - p)).toFixed(0)}×`;
  return row;
});

console.log(`This browser reports ${cores} logical cores.`);
console.table(rows);
