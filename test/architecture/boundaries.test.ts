// The layering of eslint.config.mjs, proved to fire: ESLint lints one-line snippets placed in each folder
// (the files need not exist) with the project's own config, and each forbidden import must be reported by
// a boundary rule, each allowed one not. If a rule is renamed, loses a zone or stops resolving imports,
// this fails instead of the lint going quietly green.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The rules that carry the layering; every other rule is filtered out. */
const BOUNDARY_RULES = ['import-x/no-restricted-paths', 'import-x/no-nodejs-modules', 'no-restricted-imports'];

const eslint = new ESLint({
  cwd: ROOT,
  ruleFilter: ({ ruleId }) => BOUNDARY_RULES.includes(ruleId),
  // The boundary rules need no type information; without it a snippet lints in milliseconds.
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

/** A real source file under `dir` (first in sorted order, depth first), so a snippet's import resolves. */
function someFile(dir: string): string {
  const walk = (d: string): string | undefined => {
    for (const name of readdirSync(join(ROOT, d)).sort()) {
      const path = posix.join(d, name);
      if (statSync(join(ROOT, path)).isDirectory()) {
        const found = walk(path);
        if (found) return found;
      } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) return path;
    }
    return undefined;
  };
  const found = walk(dir);
  if (!found) throw new Error(`No .ts file under ${dir}/ to import in a boundary snippet`);
  return found;
}

/** The specifier a file at `from` writes to import the file `path`, as the sources do (a .ts file by its emitted `.js` name). */
function specifier(from: string, path: string): string {
  const rel = relative(dirname(join(ROOT, from)), join(ROOT, path)).split('\\').join('/').replace(/\.ts$/, '.js');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** The boundary rules reported on a snippet placed at `file`. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(`${file}: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages.map((m) => m.ruleId ?? '');
}

const PATHS = 'import-x/no-restricted-paths';
const PACKAGES = 'no-restricted-imports';
const NODE = 'import-x/no-nodejs-modules';

/** [where the snippet sits, what it imports (a folder with `/`, a file by its path, else a package), the rule that must report it]. */
const FORBIDDEN: [string, string, string][] = [
  ['shared/probe.ts', 'plugin/', PATHS],
  ['shared/markdown/probe.ts', 'plugin/', PATHS],
  ['shared/probe.ts', 'editor/', PATHS],
  ['shared/probe.ts', 'web/', PATHS],
  ['shared/probe.ts', 'server/', PATHS],
  ['shared/probe.ts', 'cli/', PATHS],
  ['shared/probe.ts', 'obsidian', PACKAGES],
  ['shared/probe.ts', 'ws', PACKAGES],
  ['shared/probe.ts', 'node:fs', NODE],
  ['shared/probe.ts', 'fs', NODE],
  ['shared/probe.ts', 'path', NODE],
  ['editor/probe.ts', 'obsidian', PACKAGES],
  ['editor/nodeviews/probe.ts', 'plugin/', PATHS],
  ['editor/probe.ts', 'server/', PATHS],
  ['editor/probe.ts', 'cli/', PATHS],
  ['editor/probe.ts', 'web/', PATHS],
  ['editor/probe.ts', 'node:fs', NODE],
  ['editor/panels/probe.ts', 'path', NODE],
  ['web/probe.ts', 'obsidian', PACKAGES],
  ['web/probe.ts', 'plugin/', PATHS],
  ['web/probe.ts', 'server/', PATHS],
  ['web/probe.ts', 'cli/', PATHS],
  ['web/probe.ts', 'node:crypto', NODE],
  ['web/probe.ts', 'fs', NODE],
  ['plugin/probe.ts', 'server/', PATHS],
  ['plugin/view/probe.ts', 'cli/', PATHS],
  ['plugin/probe.ts', 'web/', PATHS],
  ['server/sync/probe.ts', 'server/auth/', PATHS],
  ['server/sync/probe.ts', 'server/storage/', PATHS],
  ['server/sync/probe.ts', 'server/signing/', PATHS],
  ['server/sync/probe.ts', 'server/docs/', PATHS],
  ['server/sync/probe.ts', 'server/http/', PATHS],
  ['server/sync/probe.ts', 'server/sync-hooks.ts', PATHS],
  ['server/sync/probe.ts', 'server/app.ts', PATHS],
  ['server/probe.ts', 'cli/', PATHS],
  ['server/docs/probe.ts', 'plugin/', PATHS],
  ['server/probe.ts', 'editor/', PATHS],
  ['server/probe.ts', 'web/', PATHS],
  ['server/probe.ts', 'scripts/', PATHS],
  ['server/storage/probe.ts', 'scripts/commit-thread.mjs', PATHS],
  ['cli/probe.ts', 'plugin/', PATHS],
  ['cli/commands/probe.ts', 'editor/', PATHS],
  ['cli/probe.ts', 'web/', PATHS],
];

/** [where the snippet sits, what it imports]: neighbours the layering allows. */
const ALLOWED: [string, string][] = [
  ['shared/probe.ts', 'shared/validate/'],
  ['shared/probe.ts', 'yjs'],
  ['editor/probe.ts', 'shared/'],
  ['editor/probe.ts', 'prosemirror-state'],
  ['web/probe.ts', 'editor/'],
  ['web/probe.ts', 'shared/'],
  ['plugin/probe.ts', 'obsidian'],
  ['plugin/probe.ts', 'editor/'],
  ['plugin/probe.ts', 'shared/'],
  ['server/sync/probe.ts', 'server/sync/'],
  ['server/sync/probe.ts', 'shared/'],
  ['server/sync/probe.ts', 'ws'],
  ['server/sync/probe.ts', 'server/limits.ts'],
  ['server/sync/probe.ts', 'server/bearer-token.ts'],
  ['server/probe.ts', 'server/storage/'],
  ['server/probe.ts', 'server/sync/'],
  ['server/probe.ts', 'node:fs'],
  ['server/http/probe.ts', 'server/sync/'],
  ['server/probe.ts', 'server/sync-hooks.ts'],
  ['cli/probe.ts', 'server/'],
  ['cli/probe.ts', 'shared/'],
  ['cli/probe.ts', 'node:fs'],
  ['scripts/probe.ts', 'server/'],
  ['editor/probe.ts', 'yjs'],
  ['web/probe.ts', 'y-websocket'],
  ['test/probe.ts', 'plugin/'],
  ['test/probe.ts', 'server/'],
];

/** What a snippet at `file` imports for `what`: a folder's someFile, a file, or a package as it is. */
function target(file: string, what: string): string {
  if (what.endsWith('/')) return specifier(file, someFile(what.slice(0, -1)));
  return /\.(ts|mjs)$/.test(what) ? specifier(file, what) : what;
}

// The first snippet loads the whole config and the plugins: seconds on a busy machine.
describe('the layering (eslint.config.mjs)', { timeout: 120_000 }, () => {
  it.each(FORBIDDEN)('%s may not import %s', async (file, what, rule) => {
    const source = target(file, what);
    // Every form an import takes: a value, a type only, a re-export, a dynamic import.
    expect(await violations(file, `import * as m from '${source}';\nexport const x = m;\n`), source).toEqual([rule]);
    expect(await violations(file, `import type * as m from '${source}';\nexport type X = typeof m;\n`), source).toEqual([rule]);
    expect(await violations(file, `export * from '${source}';\n`), source).toEqual([rule]);
    if (rule !== PACKAGES) expect(await violations(file, `export const load = () => import('${source}');\n`), source).toEqual([rule]);
  });

  it.each(ALLOWED)('%s may import %s', async (file, what) => {
    const source = target(file, what);
    expect(await violations(file, `import * as m from '${source}';\nexport const x = m;\n`), source).toEqual([]);
  });
});
