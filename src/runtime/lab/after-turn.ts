/**
 * Runs callbacks after the current macrotask, i.e. once the event loop has had a turn.
 * A MessageChannel message is used rather than setTimeout(0), which browsers clamp to 4 ms
 * when nested (https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timers).
 */
export function createAfterTurn(): (fn: () => void) => void {
  let queue: (() => void)[] = [];
  let channel: MessageChannel | undefined;
  return (fn) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const fns = queue;
        queue = [];
        for (const f of fns) f();
      };
      // Node: an open port would keep the process alive.
      (channel.port1 as { unref?: () => void }).unref?.();
    }
    queue.push(fn);
    if (queue.length === 1) channel.port2.postMessage(0);
  };
}
