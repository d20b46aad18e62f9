/// <reference lib="webworker" />
// The watchdog thread: looks every PERIOD_MS, whatever the main thread is doing.
import { createWatchdogLoop, PERIOD_MS, type ToWatchdog } from "./watchdog.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const loop = createWatchdogLoop(
  (m) => scope.postMessage(m),
  () => performance.timeOrigin + performance.now(),
);
scope.onmessage = (event: MessageEvent<ToWatchdog>) => loop.onMessage(event.data);
setInterval(() => loop.tick(), PERIOD_MS);
