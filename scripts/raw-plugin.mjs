// An esbuild plugin that loads `import x from './file.yaml?raw'` as a string, as Vite does,
// so the built-in templates bundle as text. Shared by every esbuild build of the project.
import { readFile } from 'node:fs/promises';

export const rawPlugin = {
  name: 'raw',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: new URL(args.path.replace(/\?raw$/, ''), `file://${args.resolveDir}/`).pathname,
      namespace: 'raw',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};
