// Serves a built site for the benchmark: `astro preview` (what readers get from `npm start`),
// or the tests' static server when the site is not in dist/ or preview fails.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { serveStatic } from "../tests/e2e/static-server.ts";

export interface Served {
  url: string;
  via: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The site in `dir` on a free port, with the isolation headers. */
async function serveDir(dir: string): Promise<Omit<Served, "via">> {
  const server = await serveStatic(dir, 0, { isolate: true });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function servePreview(dir: string): Promise<Served> {
  // astro preview serves the configured outDir only.
  if (dir !== "dist") return { ...(await serveDir(dir)), via: "static server" };
  const port = await freePort();
  // --ignore-lock: another preview (a reader's `npm start`, a test run) may be up already.
  const args = ["astro", "preview", "--port", String(port), "--host", "127.0.0.1", "--ignore-lock"];
  const server = spawn("npx", args, { stdio: "ignore", detached: true });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && server.exitCode === null) {
    try {
      if ((await fetch(`${url}/fixtures/runtime/`)).ok) {
        return { url, via: "astro preview", close: () => Promise.resolve(stop()) };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  return { ...(await serveDir(dir)), via: "static server (astro preview did not start)" };
}
