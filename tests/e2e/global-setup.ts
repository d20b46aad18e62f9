import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";
import { PORT } from "./config.ts";

/** Serves dist/ with `astro preview`, the same server readers get from `npm start`. */
export default async function setup(project: TestProject) {
  // E2E_BASE_URL points the tests at a server that is already running, e.g. `npm run preview`.
  if (process.env.E2E_BASE_URL) {
    project.provide("baseURL", process.env.E2E_BASE_URL.replace(/\/$/, ""));
    return;
  }
  if (!existsSync("dist/index.html")) {
    throw new Error("dist/ is missing: run `npm run build` before the browser tests.");
  }
  const port = await freePort(PORT);
  // --ignore-lock: a reader's own `npm start` may be running; the tests get their own server.
  const args = ["astro", "preview", "--port", String(port), "--host", "127.0.0.1", "--ignore-lock"];
  const server = spawn("npx", args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  server.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  server.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  await waitForServer(`http://127.0.0.1:${port}/`, server, () => log);
  project.provide("baseURL", `http://127.0.0.1:${port}`);
  return () => stop(server);
}

/** `preferred` if nothing listens there, else any free port. */
function freePort(preferred: number): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => {
      const any = createServer().listen(0, "127.0.0.1", () => {
        const { port } = any.address() as { port: number };
        any.close(() => resolve(port));
      });
    });
    probe.listen(preferred, "127.0.0.1", () => probe.close(() => resolve(preferred)));
  });
}

async function waitForServer(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`astro preview exited:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${url}:\n${log()}`);
}

function stop(server: ChildProcess) {
  if (server.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}
