// A worker has its own global object: nothing you define here exists there.
import { sleep } from "lab";

const g = globalThis as unknown as Record<string, unknown>;
g["looplabAnswer"] = 42;
console.log(`main thread sees looplabAnswer = ${String(g["looplabAnswer"])}`);

const source = `
  self.postMessage("worker sees looplabAnswer = " + String(self.looplabAnswer));
`;
const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
const worker = new Worker(url);
worker.onmessage = (e: MessageEvent<string>) => console.log(e.data);

await sleep(500); // give it time to start and reply
worker.terminate();
URL.revokeObjectURL(url);
delete g["looplabAnswer"];
