// No import cycles, anywhere in the sources, the scripts or the tests: madge follows every import the way
// tsconfig.json resolves it (`./x.js` names `./x.ts`) and lists each cycle it finds.
//
// Type-only imports (`import type …`) are left out: TypeScript erases them, so they cannot make a module
// run before its dependency has finished loading, which is what a cycle costs at run time. An import that
// brings in one value along with types (`import { type A, B }`) counts.
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FOLDERS = ['shared', 'editor', 'plugin', 'server', 'cli', 'web', 'scripts', 'test'];

/** A cycle written from its smallest path, so the same cycle found from any of its files compares equal. */
function canonical(cycle: string[]): string {
  const start = cycle.indexOf([...cycle].sort()[0]);
  return [...cycle.slice(start), ...cycle.slice(0, start)].join(' -> ');
}

describe('import cycles', () => {
  it('there are none', { timeout: 180_000 }, async () => {
    const graph = await madge(FOLDERS, {
      baseDir: ROOT,
      fileExtensions: ['ts', 'mjs'],
      tsConfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
      excludeRegExp: [/\.d\.ts$/, /node_modules/],
      detectiveOptions: { ts: { skipTypeImports: true }, es6: { skipTypeImports: true } },
    });
    // A sanity floor: if madge stopped resolving the `.js` specifiers, it would see no edges and no cycles.
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(200);
    expect(graph.depends('shared/model/types.ts').length).toBeGreaterThan(10);

    const found = graph.circular().map(canonical).sort();
    expect(found, 'import cycles').toEqual([]);
  });
});
