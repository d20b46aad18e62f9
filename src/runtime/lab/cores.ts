/** Logical cores the browser reports; 4 where it does not say (Node tests, old browsers). */
export function hardwareConcurrency(): number {
  return globalThis.navigator?.hardwareConcurrency || 4;
}
