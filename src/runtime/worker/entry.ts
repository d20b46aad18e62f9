/// <reference lib="webworker" />
// A pool worker: binds the message handler to this worker's global scope.
import { createWorkerHandler } from "./handler.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handler = createWorkerHandler((msg, transfer = []) => scope.postMessage(msg, transfer));
scope.onmessage = (event: MessageEvent) => handler.onMessage(event.data as never);
scope.addEventListener("unhandledrejection", (event) => {
  if (handler.onUnhandledRejection(event.reason)) event.preventDefault();
});
