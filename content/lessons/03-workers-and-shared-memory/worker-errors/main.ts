// A worker that throws, and a worker stuck in an endless loop.
import { sleep } from "lab";
import type { Command } from "./shared.ts";

function start(): Worker {
  return new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
}

function send(worker: Worker, command: Command): void {
  worker.postMessage(command);
}

function answer(worker: Worker, ms: number): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(`no answer within ${ms} ms`), ms);
    worker.onmessage = (event: MessageEvent<string>) => {
      clearTimeout(timer);
      resolve(`answered "${event.data}"`);
    };
  });
}

// 1. An uncaught error in a worker arrives here as an "error" event.
const failing = start();
const reported = new Promise<string>((resolve) => {
  failing.onerror = (event) => {
    event.preventDefault(); // handled here, so it is not also reported as uncaught
    resolve(event.message);
  };
});
send(failing, "fail");
console.log(`error event: ${await reported}`);
send(failing, "ping");
console.log(`after its error the worker ${await answer(failing, 500)}`);
failing.terminate();

// 2. A worker in an endless loop never gets back to its event loop.
const stuck = start();
send(stuck, "hang");
send(stuck, "ping");
console.log(`the stuck worker: ${await answer(stuck, 300)}`);
stuck.terminate(); // stops its thread from outside, at once
await sleep(50);
console.log("terminated: the worker's thread is gone, and the main thread stayed free throughout");
