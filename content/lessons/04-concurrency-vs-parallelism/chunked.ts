// The same 400 squares, but sent to the pool as 4 chunks of 100.
// Four messages out, four back: the overhead is paid 4 times, not 400.
import { map, now } from "lab";

const items = Array.from({ length: 400 }, (_, i) => i);
const CHUNKS = 4;
const size = Math.ceil(items.length / CHUNKS);
const chunks = Array.from({ length: CHUNKS }, (_, c) => items.slice(c * size, (c + 1) * size));

const t0 = now();
const partials = await map((chunk: number[]) => chunk.reduce((sum, n) => sum + n * n, 0), chunks);
const total = partials.reduce((sum, s) => sum + s, 0);
console.log(`sum of squares: ${total}`);
console.log(`wall time: ${(now() - t0).toFixed(1)} ms for ${CHUNKS} chunks`);
