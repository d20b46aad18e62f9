// The lost-update experiment without the lab's pool: one shared buffer, two
// workers started by hand, and a plain counter next to an atomic one.
const WORKERS = 2;
const TIMES = 1_000_000;

// Int32 cells: [0] counted with ++, [1] counted with Atomics.add, [2] a starting line.
const buffer = new SharedArrayBuffer(3 * 4);
const cells = new Int32Array(buffer);

const workers = Array.from(
  { length: WORKERS },
  () => new Worker(new URL("./worker.ts", import.meta.url), { type: "module" }),
);
await Promise.all(
  workers.map(
    (worker) =>
      new Promise((resolve) => {
        worker.onmessage = resolve; // the worker says when it is done
        worker.postMessage({ buffer, times: TIMES, workers: WORKERS });
      }),
  ),
);
for (const worker of workers) worker.terminate();

// The workers sent no numbers back: their writes are already in this buffer.
const expected = WORKERS * TIMES;
const plain = cells[0]!;
console.log(`after posting it, the buffer still has ${buffer.byteLength} bytes here`);
console.log(`++:          ${plain} of ${expected} (lost ${expected - plain})`);
console.log(`Atomics.add: ${Atomics.load(cells, 1)} of ${expected}`);
