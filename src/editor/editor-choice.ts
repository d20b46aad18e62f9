/** Below this width Monaco's gutter and widgets leave too little room for code. */
const NARROW_PX = 640;

/**
 * Touch devices and narrow screens keep the textarea: Monaco fights on-screen keyboards,
 * and phones would pay ~3 MB for it.
 */
export function shouldUseTextarea(): boolean {
  return matchMedia("(pointer: coarse)").matches || window.innerWidth < NARROW_PX;
}
