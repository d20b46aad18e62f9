import type { Monaco } from "./monaco-api.ts";

let loading: Promise<Monaco> | undefined;

/**
 * Loads Monaco, its workers' wiring, the theme and the TypeScript settings once per page,
 * however many playgrounds ask. Monaco's modules evaluate in short slices (see
 * `monacoTimeSliced()` in monaco-build-plugins.ts), so a reader can type meanwhile.
 */
export function loadMonaco(): Promise<Monaco> {
  loading ??= (async () => {
    const [{ monaco, typescript }, { installMonacoEnvironment }, { installTheme }, ts] =
      await Promise.all([
        import("./monaco-api.ts"),
        import("./monaco-environment.ts"),
        import("./monaco-theme.ts"),
        import("./typescript-setup.ts"),
      ]);
    installMonacoEnvironment();
    ts.configureTypeScript(typescript);
    installTheme(monaco);
    return monaco;
  })();
  // A failed load (e.g. offline) may be retried by the next click.
  loading.catch(() => (loading = undefined));
  return loading;
}
