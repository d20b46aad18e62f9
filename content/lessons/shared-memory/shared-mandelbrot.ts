// Compute a Mandelbrot image straight into shared memory: first with one
// worker, then with one worker per core. Each worker takes every n-th row and
// writes its pixels where they belong, so nothing is copied back.
import { createPool, hardwareConcurrency, now } from "lab";

const WIDTH = 800;
const HEIGHT = 600;
const MAX_STEPS = 1000;
const image = new Uint16Array(new SharedArrayBuffer(WIDTH * HEIGHT * 2));

async function render(workers: number): Promise<number> {
  const pool = createPool(workers);
  const start = now();
  await Promise.all(
    Array.from({ length: workers }, (_, first) =>
      pool.submit(
        (pixels: Uint16Array, first: number, step: number, width: number, max: number) => {
          const height = pixels.length / width;
          for (let row = first; row < height; row += step) {
            const ci = (row / height) * 2.4 - 1.2;
            for (let col = 0; col < width; col++) {
              const cr = (col / width) * 3.2 - 2.2;
              let x = 0;
              let y = 0;
              let n = 0;
              while (n < max && x * x + y * y <= 4) {
                const nextX = x * x - y * y + cr;
                y = 2 * x * y + ci;
                x = nextX;
                n++;
              }
              pixels[row * width + col] = n;
            }
          }
        },
        image,
        first,
        workers,
        WIDTH,
        MAX_STEPS,
      ),
    ),
  );
  pool.close();
  return now() - start;
}

// A warm-up run of each, then three of each in turn, keeping the best: the
// first runs start workers and compile the task, which is not what we measure.
const cores = Math.max(2, hardwareConcurrency());
await render(1);
await render(cores);
const ones: number[] = [];
const manys: number[] = [];
for (let round = 0; round < 3; round++) {
  ones.push(await render(1));
  manys.push(await render(cores));
}
const one = Math.min(...ones);
const many = Math.min(...manys);

// The same picture either way: a checksum of every pixel after each.
const checksum = () => image.reduce((sum, n) => (sum * 31 + n) | 0, 0);
await render(1);
const withOne = checksum();
await render(cores);
const withMany = checksum();

console.log(`1 worker: ${Math.round(one)} ms`);
console.log(`${cores} workers: ${Math.round(many)} ms`);
console.log(`speedup: ${(one / many).toFixed(2)}× (at most ${cores}× with ${cores} free cores)`);
console.log(`image checksum: ${withOne} with 1 worker, ${withMany} with ${cores}`);
