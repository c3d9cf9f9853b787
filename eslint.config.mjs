// Lint, in three parts:
// 1. What ships in main.js (plugin/, editor/, shared/) gets the official Obsidian plugin rules
//    (eslint-plugin-obsidianmd, the checks of Obsidian's plugin review), type-aware; package.json gets its
//    dependency checks.
// 2. Everything else runs on Node or in a plain browser page (server/, cli/, scripts/, test/, web/, the
//    root build files) and gets typescript-eslint's recommended config.
// 3. Over all of it, the layering (see BOUNDARIES below; test/architecture/boundaries.test.ts proves each
//    rule still fires). Import cycles are checked by test/architecture/cycles.test.ts.
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import obsidianmd from 'eslint-plugin-obsidianmd';
import { DEFAULT_ACRONYMS } from 'eslint-plugin-obsidianmd/dist/lib/rules/ui/acronyms.js';
import { DEFAULT_BRANDS } from 'eslint-plugin-obsidianmd/dist/lib/rules/ui/brands.js';

/** What esbuild bundles into main.js: linted as an Obsidian plugin. */
const SHIPPED = ['plugin/**/*.ts', 'editor/**/*.ts', 'shared/**/*.ts'];
/** Code that never reaches main.js. */
const NODE_TS = ['server/**/*.ts', 'cli/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts'];
const NODE_JS = ['server/**/*.mjs', 'scripts/**/*.mjs', 'test/**/*.mjs', '*.mjs'];
const TESTS = ['test/**/*.ts', 'test/**/*.mjs'];

const isPackageJsonBlock = (config) => Array.isArray(config.files) && config.files.includes('package.json');

/**
 * The layering, as import-x `no-restricted-paths` zones: a file under `target` may not import anything
 * under any `from`. Imports are resolved to files, so they are judged by the file they name, however the
 * relative path is spelled; type-only, re-exported and dynamic imports included. Packages are banned per folder in PACKAGE_BANS below.
 */
const BOUNDARIES = [
  { target: './shared', from: ['./plugin', './editor', './web', './server', './cli'], message: 'shared/ is the domain: it imports no host, no UI and no server code; pass it plain data.' },
  { target: './editor', from: ['./plugin', './web', './server', './cli'], message: 'editor/ takes a host object; plugin/ and web/ implement it, never the other way round.' },
  { target: './web', from: ['./plugin', './server', './cli'], message: 'web/ talks to the server over HTTP and WebSocket only, and hosts editor/ like plugin/ does.' },
  { target: './plugin', from: ['./server', './cli', './web'], message: 'plugin/ talks to the server over HTTP and WebSocket only.' },
  {
    target: './server/sync',
    from: ['./server/auth', './server/storage', './server/signing', './server/docs', './server/http', './server/sync-hooks.ts', './server/app.ts'],
    message: 'The sync core knows nothing of auth, storage, signing, documents or HTTP, nor of the hooks the server gives it: it calls typed hooks (server/sync/sync-hooks-contract.ts).',
  },
  { target: './server', from: ['./cli', './plugin', './editor', './web'], message: 'server/ imports no client code; the CLI wraps the server, not the other way round.' },
  { target: './server', from: ['./scripts'], message: 'server/ is a library: scripts/ use it, not the other way round.' },
  { target: './cli', from: ['./plugin', './editor', './web'], message: 'cli/ wraps the server and the domain; it imports no Obsidian or browser host code.' },
];

/** Packages a folder may not import, even as types; `node` means every Node built-in, bare or `node:`. */
const PACKAGE_BANS = [
  { files: ['shared/**'], packages: ['obsidian', 'ws'], node: true, why: 'shared/ runs in Obsidian, the browser and Node alike' },
  { files: ['editor/**', 'web/**'], packages: ['obsidian'], node: true, why: 'editor/ and web/ run in a plain browser page too' },
];

export default defineConfig([
  globalIgnores(['node_modules/', 'dist/', '.bench/', 'main.js', 'demo-vault/', 'data/', 'test/output/', '*.d.ts', 'package-lock.json', 'tsconfig.json']),
  { linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' } },

  // 1. What ships in main.js.
  {
    files: SHIPPED,
    extends: [obsidianmd.configs.recommended.filter((config) => !isPackageJsonBlock(config))],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // As recommended, plus the acronyms of the UN policy domain, which stay upper case in sentence case, and Word
      // (Microsoft's, a format documents export to).
      'obsidianmd/ui/sentence-case': ['warn', { enforceCamelCaseLower: true, acronyms: [...DEFAULT_ACRONYMS, 'POC', 'SRSG', 'UNCT', 'UNHQ', 'DMS'], brands: [...DEFAULT_BRANDS, 'Word'] }],
    },
  },
  {
    // The editor's one element builder uses the standard DOM: the editor is host-agnostic and also runs in a
    // plain web page, which has no Obsidian createEl (and the recommended config forbids disabling this rule
    // in a comment, so the exception is made here, for this one file).
    files: ['editor/dom.ts'],
    rules: { 'obsidianmd/prefer-create-el': 'off' },
  },
  ...obsidianmd.configs.recommended.filter(isPackageJsonBlock),

  // 2. Node and browser code outside main.js: typescript-eslint recommended, without type information
  // (the type check runs on its own in `npm run typecheck`; see the lint times in the commit that added this).
  {
    files: [...NODE_TS, ...NODE_JS, 'web/**/*.ts', 'vitest.config.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused arguments document a callback's shape; `_`-prefixed names and rest siblings are deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', ignoreRestSiblings: true, varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['web/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: TESTS,
    rules: {
      // A test asserts on a JSON reply body with expect(); typing each body would only restate the assertion.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },


  // 3. The layering.
  {
    files: ['**/*.ts', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      // Sources import each other by their emitted names (`./x.js` for `./x.ts`), as moduleResolution Bundler allows.
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'], '.mjs': ['.mts', '.mjs'] } })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: BOUNDARIES }],
    },
  },
  ...PACKAGE_BANS.map(({ files, packages, node, why }) => ({
    files,
    plugins: { 'import-x': importX },
    rules: {
      // The core rule, not @typescript-eslint's: this one has no `allowTypeImports`, so a type-only import
      // is as forbidden as any other. (eslint-plugin-obsidianmd switches it off; here it carries only these bans.)
      'no-restricted-imports': ['error', { paths: packages.map((name) => ({ name, message: `Not here: ${why}.` })) }],
      ...(node ? { 'import-x/no-nodejs-modules': 'error' } : {}),
    },
  })),
]);
