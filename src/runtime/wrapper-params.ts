/**
 * Parameters of the async function a compiled snippet body runs in, in order. The compiler
 * emits references to them; the runner passes the run's own objects for them.
 */
export const WRAPPER_PARAMS = [
  "__lab",
  "__import",
  "__exports",
  "__guard",
  "console",
  "setTimeout",
  "setInterval",
  "clearTimeout",
  "clearInterval",
] as const;
