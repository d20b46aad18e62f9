import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS } from "./config.ts";

export const baseURL: string = inject("baseURL");

export interface OpenOptions {
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  hasTouch?: boolean;
  isMobile?: boolean;
  /** Reuse a profile (localStorage) across pages, e.g. to test persistence across reloads. */
  context?: BrowserContext;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed requests seen so far. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  close: () => Promise<void>;
}

const profiles: string[] = [];
const contexts: BrowserContext[] = [];

/** A fresh persistent profile per context, as a first-time reader would have. */
export async function newContext(options: OpenOptions = {}): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), "looplab-chromium-"));
  profiles.push(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile ?? false,
  });
  contexts.push(context);
  return context;
}

/** Opens `path` (relative to the site) and records errors and requests. */
export async function openPage(path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = options.context ?? (await newContext(options));
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`page: ${err.message}`));
  page.on("requestfailed", (req) => {
    // Aborted navigations and cancelled prefetches are not failures of the site.
    if (req.failure()?.errorText !== "net::ERR_ABORTED") {
      errors.push(`request: ${req.url()} ${req.failure()?.errorText ?? ""}`);
    }
  });
  page.on("request", (req) => requests.push(req.url()));
  await page.goto(new URL(path, baseURL).href, { waitUntil: "load" });
  return {
    page,
    context,
    errors,
    requests,
    close: async () => {
      await page.close();
      if (!options.context) await context.close();
    },
  };
}

afterAll(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})));
  for (const dir of profiles.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Opens the runtime fixture page before a file's tests (handing it to `use`), closes it after. */
export function useRuntimePage(use: (page: Page) => void): void {
  let opened: OpenedPage | undefined;
  beforeAll(async () => {
    opened = await openPage("/fixtures/runtime/");
    use(opened.page);
    await opened.page.waitForFunction(() => "looplab" in window);
  });
  afterAll(async () => {
    await opened?.close();
  });
}
