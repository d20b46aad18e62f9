import { loadMonaco } from "./load-monaco.ts";

/**
 * Makes every file of a program a Monaco model at its path (`file:///<page>/<id>/<file>`)
 * with its current text, beside the one in the editor: TypeScript then resolves
 * `import … from "./shared.ts"` to it and checks calls across files.
 */
export async function syncModels(
  models: readonly { path: string; value: string }[],
): Promise<void> {
  const monaco = await loadMonaco();
  for (const { path, value } of models) {
    const uri = monaco.Uri.parse(path);
    const model = monaco.editor.getModel(uri);
    if (!model) monaco.editor.createModel(value, "typescript", uri);
    else if (model.getValue() !== value) model.setValue(value);
  }
}
