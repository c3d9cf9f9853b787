// Lint: the official Obsidian plugin rules (eslint-plugin-obsidianmd, the checks of Obsidian's plugin
// review) over everything that ships in main.js — the plugin and the shared domain it bundles — plus the
// release manifest. The server, the CLI, scripts and tests run on Node, not in Obsidian, and are
// covered by the type check and the tests instead.
import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import { DEFAULT_ACRONYMS } from 'eslint-plugin-obsidianmd/dist/lib/rules/ui/acronyms.js';

export default defineConfig([
  globalIgnores(['node_modules/', 'dist/', '.bench/', 'main.js', 'server/', 'cli/', 'scripts/', 'test/', 'demo-vault/', 'data/', '*.d.ts', 'vitest.config.ts', 'esbuild.config.mjs', 'version-bump.mjs', 'package-lock.json', 'tsconfig.json',
    // The editor's browser test page entry: bundled into dist/editor.js for Chromium tests, not into main.js.
    'web/main.ts']),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // As recommended, plus the acronyms of the UN policy domain, which stay upper case in sentence case.
      'obsidianmd/ui/sentence-case': ['warn', { enforceCamelCaseLower: true, acronyms: [...DEFAULT_ACRONYMS, 'POC', 'SRSG', 'UNCT', 'UNHQ', 'DMS'] }],
    },
  },
]);
