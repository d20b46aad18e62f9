/**
 * Remembers the latest `size` results of `compute`, by a key of their input: editing compiles
 * at every pause in typing, and a run of unchanged code should not compile it again.
 */
export function recent<I, T>(
  size: number,
  keyOf: (input: I) => string,
  compute: (input: I, key: string) => T,
): (input: I) => T {
  const cache = new Map<string, T>();
  return (input) => {
    const key = keyOf(input);
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(input, key);
    cache.set(key, value);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return value;
  };
}
