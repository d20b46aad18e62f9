// A producer that finds sites much faster than three checkers can check them.
// The queue between them holds at most 4: when it is full, `put` waits, so
// the producer slows down to the checkers' pace (backpressure).
import { now, simulatedFetch } from "lab";

class BoundedQueue<T> {
  readonly #items: T[] = [];
  readonly #takers: ((item: T) => void)[] = [];
  readonly #roomWaiters: (() => void)[] = [];
  readonly capacity: number;
  constructor(capacity: number) {
    this.capacity = capacity;
  }
  get size(): number {
    return this.#items.length;
  }
  /** Adds an item, first waiting for room if the queue is full. */
  async put(item: T): Promise<void> {
    while (this.#items.length >= this.capacity) {
      await new Promise<void>((resolve) => this.#roomWaiters.push(resolve));
    }
    const taker = this.#takers.shift();
    if (taker) taker(item);
    else this.#items.push(item);
  }
  /** Takes the oldest item, first waiting for one if the queue is empty. */
  take(): Promise<T> {
    if (this.#items.length > 0) {
      const item = this.#items.shift()!;
      this.#roomWaiters.shift()?.(); // one place is free again
      return Promise.resolve(item);
    }
    return new Promise((resolve) => this.#takers.push(resolve));
  }
}

const queue = new BoundedQueue<string | null>(4);
const CHECKERS = 3;
let largest = 0;
let waits = 0;

async function produce(count: number) {
  for (let i = 1; i <= count; i++) {
    if (queue.size >= queue.capacity) waits++;
    await queue.put(`https://site${i}.example.net`);
    largest = Math.max(largest, queue.size);
  }
  for (let c = 0; c < CHECKERS; c++) await queue.put(null); // one "stop" per checker
}

async function checker(): Promise<number> {
  let checked = 0;
  for (let site = await queue.take(); site !== null; site = await queue.take()) {
    await simulatedFetch(site);
    checked++;
  }
  return checked;
}

const t0 = now();
const [, ...perChecker] = await Promise.all([
  produce(30),
  ...Array.from({ length: CHECKERS }, checker),
]);
console.log(`checked per checker: ${perChecker.join(", ")}`);
console.log(`the producer found the queue full ${waits} times and waited`);
console.log(`the queue never held more than ${largest} sites`);
console.log(`wall time: ${Math.round(now() - t0)} ms`);
