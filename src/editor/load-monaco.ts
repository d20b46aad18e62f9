import type { Monaco } from "./monaco-api.ts";

let loading: Promise<Monaco> | undefined;

/**
 * Loads Monaco, its workers' wiring, the shiki colours and the TypeScript
 * settings once per page, however many playgrounds ask.
 */
export function loadMonaco(): Promise<Monaco> {
  loading ??= (async () => {
    const [
      { monaco, typescript },
      { installMonacoEnvironment },
      { installShikiTheme },
      { configureTypeScript },
    ] = await Promise.all([
      import("./monaco-api.ts"),
      import("./monaco-environment.ts"),
      import("./monaco-theme.ts"),
      import("./typescript-setup.ts"),
    ]);
    installMonacoEnvironment();
    configureTypeScript(typescript);
    await installShikiTheme(monaco);
    return monaco;
  })();
  // A failed load (e.g. offline) may be retried by the next click.
  loading.catch(() => (loading = undefined));
  return loading;
}
