/// <reference types="astro/client" />

/** The ids of the lessons of the course being built (astro.config.mjs defines it). */
declare const __LOOPLAB_LESSONS__: readonly string[];
