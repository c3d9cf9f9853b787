// `poc validate` writes its findings in the shell's language (LC_ALL, LC_MESSAGES, then LANG), English otherwise.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleForNode } from '../support/test-server.js';

const ROOT = join(__dirname, '..', '..');
const cli = join(ROOT, 'test/output/cli-validate-language/dist/poc.js');
let dir: string;

/** Runs the bundled CLI in the temporary folder with `env` over a shell that sets no language. */
async function poc(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string }> {
  const shell = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', POC_TOKEN: '', ...env };
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args], { cwd: dir, env: shell });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'poc-lang-'));
  await bundleForNode('cli/poc.ts', cli);
  await poc(['new', 'action-plan', 'AP.md']);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('writes the findings in French when LANG is French, with the same codes', async () => {
  const r = await poc(['validate', 'AP.md', '--today', '2026-06-15'], { LANG: 'fr_FR.UTF-8' });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/La section 1 «\u00a0.+\u00a0» est vide\. Rédigez-la\u00a0: elle est obligatoire\. \[required-section-empty\]/);
});

it('prefers LC_ALL to LANG, as gettext does', async () => {
  const r = await poc(['validate', 'AP.md', '--today', '2026-06-15'], { LANG: 'en_GB.UTF-8', LC_ALL: 'fr_CD.UTF-8' });
  expect(r.stdout).toMatch(/La section 1 «\u00a0.+\u00a0» est vide/);
});

it('writes them in English when the shell names no language the product speaks', async () => {
  const r = await poc(['validate', 'AP.md', '--today', '2026-06-15'], { LANG: 'de_DE.UTF-8' });
  expect(r.stdout).toMatch(/Section 1 ".+" is empty\. Write it: it is required\. \[required-section-empty\]/);
});
