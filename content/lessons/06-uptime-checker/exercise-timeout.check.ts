import { defineChecks } from "looplab/check";

type FetchSite = (url: string, options?: { signal?: AbortSignal }) => Promise<unknown>;

interface Learner {
  isUp(site: string, limitMs: number, fetchSite?: FetchSite): Promise<boolean>;
}

const url = (name: string) => `https://${name}.example.com`;

// The same answers as simulatedFetch gives these sites (shop 169 ms, mail 311 ms,
// app 305 ms; down fails after 1 s), and a record of what became of each request.
interface Request {
  url: string;
  signal: AbortSignal | undefined;
  /** When the request stopped, and how: answered, failed, or cancelled. */
  ended?: { ms: number; how: "answered" | "failed" | "cancelled" };
}
const LATENCY: Record<string, number> = { shop: 169, mail: 311, app: 305, down: 1000 };

function watchedFetch(requests: Request[]): FetchSite {
  return (site, options = {}) => {
    const start = performance.now();
    const request: Request = { url: site, signal: options.signal };
    requests.push(request);
    const name = new URL(site).hostname.split(".")[0] ?? "";
    return new Promise((resolve, reject) => {
      const end = (how: NonNullable<Request["ended"]>["how"]) =>
        (request.ended = { ms: performance.now() - start, how });
      const timer = setTimeout(() => {
        options.signal?.removeEventListener("abort", onAbort);
        if (name === "down") {
          end("failed");
          reject(new TypeError(`${site} did not answer`));
        } else {
          end("answered");
          resolve({ url: site });
        }
      }, LATENCY[name] ?? 100);
      const onAbort = () => {
        clearTimeout(timer);
        end("cancelled");
        // Like fetch: reject with the signal's reason (an AbortError or TimeoutError DOMException).
        reject(options.signal?.reason as Error);
      };
      if (options.signal?.aborted) onAbort();
      else options.signal?.addEventListener("abort", onAbort, { once: true });
    });
  };
}

async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work;
  return [value, Math.round(performance.now() - start)];
}

export default defineChecks<Learner>(async (learner, t) => {
  const requests: Request[] = [];
  const fetchSite = watchedFetch(requests);
  const names = ["shop", "mail", "app", "down"];
  t.equal(
    "with a 250 ms limit: shop up, mail and app too slow, down down",
    await Promise.all(names.map((n) => learner.isUp(url(n), 250, fetchSite))),
    [true, false, false, false],
  );
  await t.check("isUp makes its request through fetchSite", () => {
    if (requests.length === 0)
      throw new Error(
        "isUp(site, limitMs, fetchSite) never called fetchSite: make the request with the fetchSite parameter, so that Check can see what happens to it.",
      );
  });

  requests.length = 0;
  const first: Request[] = [];
  // Waiting for the answer would take at least 311 ms (timers never fire early).
  await t.timing("a slow site is given up on after limitMs", {
    measure: async () => {
      requests.length = 0;
      const [up, ms] = await timed(learner.isUp(url("mail"), 100, fetchSite));
      if (!first.length) first.push(...requests);
      return up ? Infinity : ms;
    },
    atMost: 290,
    explain: (ms) =>
      ms === Infinity
        ? "isUp(mail, 100) returned true; expected false after about 100 ms: mail answers after 311 ms."
        : `isUp(mail, 100) returned false after ${Math.round(ms)} ms; expected about 100 ms. Mail answers after 311 ms, so waiting for it and then comparing the time is too late.`,
  });
  await t.check("the slow request is cancelled, not left running", () => {
    const request = first[0];
    if (!request) return; // reported above
    if (!request.signal)
      throw new Error(
        "fetchSite got no signal, so nothing can stop the request: it runs on for its full 311 ms after isUp has given up. Pass { signal } with a signal that aborts after limitMs (AbortSignal.timeout, or an AbortController you abort).",
      );
    if (request.ended?.how !== "cancelled")
      throw new Error(
        `the request was ${request.ended ? request.ended.how : "still running"} when isUp returned: abort its signal once limitMs has passed.`,
      );
  });

  // Waiting for the failure would take at least 1000 ms.
  await t.timing("a dead site is given up on after limitMs, not after its 1 s timeout", {
    measure: async () => {
      const [up, ms] = await timed(learner.isUp(url("down"), 250, fetchSite));
      return up ? Infinity : ms;
    },
    atMost: 800,
    explain: (ms) =>
      ms === Infinity
        ? "isUp(down, 250) returned true; expected false after about 250 ms."
        : `isUp(down, 250) returned false after ${Math.round(ms)} ms; expected about 250 ms.`,
  });
});
