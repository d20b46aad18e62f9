// 400 tasks that each take a few microseconds. Shipping a task to a worker
// and its result back costs more than the task itself. (`chunksize: 1` sends
// every task in a message of its own; the lesson explains the default below.)
import { map, now } from "lab";

const items = Array.from({ length: 400 }, (_, i) => i);

const t0 = now();
const squares = await map((n: number) => n * n, items, { chunksize: 1 });
const total = squares.reduce((sum, s) => sum + s, 0);
console.log(`sum of squares: ${total}`);
console.log(`wall time: ${(now() - t0).toFixed(1)} ms for ${items.length} tasks`);
