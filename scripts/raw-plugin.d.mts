// Types of raw-plugin.mjs, for the tests that bundle parts of the project with esbuild.
import type { Plugin } from 'esbuild';

/** The esbuild plugin that loads `import x from './file.yaml?raw'` as a string. */
export const rawPlugin: Plugin;
