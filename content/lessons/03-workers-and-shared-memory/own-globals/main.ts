// A worker has its own global object: nothing you define here exists there.
const g = globalThis as unknown as Record<string, unknown>;
g["looplabAnswer"] = 42;
console.log(`main thread sees looplabAnswer = ${String(g["looplabAnswer"])}`);

const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
await new Promise((resolve) => {
  worker.onmessage = resolve; // the worker says when it has looked
});
worker.terminate();
delete g["looplabAnswer"];
