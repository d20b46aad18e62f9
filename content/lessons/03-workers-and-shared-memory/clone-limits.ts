// postMessage copies with the structured clone algorithm. structuredClone()
// runs the same algorithm on this thread, so we can inspect the copies.
class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
  length(): number {
    return Math.hypot(this.x, this.y);
  }
}

const original = {
  when: new Date(0),
  seen: new Set(["a", "b"]),
  sizes: new Map([["a", 1]]),
  bytes: new Uint8Array([1, 2, 3]),
  point: new Point(3, 4),
};
const copy = structuredClone(original);

console.log(
  `Date, Set, Map survive: ${copy.when instanceof Date && copy.seen instanceof Set && copy.sizes instanceof Map}`,
);
console.log(`a typed array survives: ${copy.bytes instanceof Uint8Array}`);
console.log(
  `the Point arrives as ${JSON.stringify(copy.point)}: still a Point? ${copy.point instanceof Point}`,
);
console.log(`its method length(): ${typeof (copy.point as { length?: unknown }).length}`);

// A function cannot be cloned at all, and postMessage refuses before sending.
const { port1 } = new MessageChannel();
try {
  port1.postMessage({ onDone: () => console.log("done") });
} catch (error) {
  console.log(`posting a function: ${(error as Error).name}`);
}
port1.close();
