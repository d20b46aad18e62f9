/**
 * Environment for a build started from a test. Vitest exposes Vite's
 * `import.meta.env` values (BASE_URL, MODE, DEV, PROD, SSR) and NODE_ENV=test
 * as process variables; a child `astro build` would read them as its own.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"]) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  return env;
}
