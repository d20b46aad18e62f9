/**
 * The reader's exports as an exercise's checks see them. Reading a name the code does not
 * export (an emptied editor, a renamed function) throws a sentence naming it; otherwise the
 * check would fail with "TypeError: e.job is not a function", in the words of the check
 * module as the build minified it.
 */
export function explainMissingExports(exports: Record<string, unknown>): Record<string, unknown> {
  return new Proxy(exports, {
    get(target, key, receiver) {
      // "then": awaiting the object probes it; symbols: inspection and iteration.
      if (typeof key === "string" && key !== "then" && !(key in target)) {
        throw new Error(
          `Your code does not export \`${key}\`. Keep \`export\` on the \`${key}\` the starter declares.`,
        );
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}
