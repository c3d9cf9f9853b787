// templates/README.md is the rule catalogue a tailor and a POC adviser read: every rule code has its row there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../shared/validate/codes.js';

const README = readFileSync(join(__dirname, '..', 'templates', 'README.md'), 'utf8');

test('every rule code of the catalogue has a row in the templates README', () => {
  const rows = new Set([...README.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]));
  const shared = [...README.matchAll(/^\| `([a-z0-9-]+)`, `([a-z0-9-]+)`/gm)].flatMap((m) => [m[1], m[2]]);
  for (const c of shared) rows.add(c);
  expect(Object.keys(RULES).filter((code) => !rows.has(code))).toEqual([]);
});
