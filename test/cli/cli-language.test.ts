/**
 * The `poc` command line speaks the person's language: --lang anywhere on the
 * line, then LC_ALL, LC_MESSAGES and LANG, then English; help, summaries and
 * confirmations alike. Runs the bundled CLI, as people do.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliRun, runCli } from '../support/cli-run.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliLocale, langFlag } from '../../cli/cli-language.js';
import { bundleForNode } from '../support/test-server.js';

const ROOT = join(__dirname, '..', '..');
const cli = join(ROOT, 'test/output/cli-language/dist/poc.js');
const FRENCH_VAULT = join(ROOT, 'demo-vault', 'Français');
let dir: string;

/** Runs the bundled CLI in the temporary folder with `env` over a shell that sets no language. */
async function poc(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(cli, args, dir, env);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'poc-cli-lang-'));
  await bundleForNode('cli/poc.ts', cli);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the help', () => {
  it('is in French with --lang fr, commander’s own words included', async () => {
    const r = await poc(['--lang', 'fr', '--help']);
    expect(r.stdout).toContain('Utilisation\u00a0: poc');
    expect(r.stdout).toContain('Commandes\u00a0:');
    expect(r.stdout).toContain('écrire un nouveau document à partir d’un modèle');
    expect(r.stdout).toContain('afficher l’aide de la commande');
    expect(r.stdout).not.toContain('write a new document from a template');
  });

  it('is in French for a command, with the rule of --lang for poc new', async () => {
    const r = await poc(['new', '--help', '--lang', 'fr']);
    expect(r.stdout).toContain('titre du document');
    expect(r.stdout).toContain('--lang donne aussi la langue du document');
  });

  it('stays in English without a French --lang or shell', async () => {
    const r = await poc(['--help']);
    expect(r.stdout).toContain('Usage: poc');
    expect(r.stdout).toContain('write a new document from a template');
  });
});

describe('poc validate', () => {
  it('sums up the French demo vault in French with --lang fr', async () => {
    const r = await poc(['--lang', 'fr', 'validate', FRENCH_VAULT, '--today', '2026-06-15']);
    expect(r.stdout).toMatch(/\n\d+ documents\u00a0: \d+ erreurs?, \d+ avertissements?\.$/m);
    expect(r.stdout).not.toMatch(/\d+ documents: /);
  });

  it('writes a French summary with singular zero counts', async () => {
    await poc(['new', 'threat-matrix', 'Nord.md', '--lang', 'fr', '--id', 'tm-nord']);
    const r = await poc(['validate', 'Nord.md', '--today', '2026-06-15'], { LANG: 'fr_FR.UTF-8' });
    expect(r.stdout).toMatch(/^1 document\u00a0: \d+ erreurs?, 0 avertissement\.$/m);
  });

  it('follows --lang over LANG', async () => {
    await poc(['new', 'action-plan', 'AP.md']);
    const r = await poc(['validate', 'AP.md', '--lang', 'en', '--today', '2026-06-15'], { LANG: 'fr_FR.UTF-8' });
    expect(r.stdout).toMatch(/^1 document: \d+ errors?, \d+ warnings?\.$/m);
    expect(r.stdout).toMatch(/Section 1 ".+" is empty\./);
  });
});

describe('poc new', () => {
  it('confirms in French and writes a French document with --lang fr', async () => {
    const r = await poc(['new', 'threat-matrix', 'Sud.md', '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Document créé\u00a0: Matrice des menaces.* «\u00a0.+ — Sud\u00a0» \(identifiant .+\), dans Sud\.md$/m);
    expect(await readFile(join(dir, 'Sud.md'), 'utf8')).toContain('\npoc-lang: fr\n');
  });

  it('writes an English document with French messages when only LANG is French', async () => {
    const r = await poc(['new', 'threat-matrix', 'East.md'], { LANG: 'fr_FR.UTF-8' });
    expect(r.stdout).toMatch(/^Document créé\u00a0: /);
    expect(await readFile(join(dir, 'East.md'), 'utf8')).not.toContain('poc-lang');
  });

  it('confirms in English as before without a language', async () => {
    const r = await poc(['new', 'threat-matrix', 'West.md', '--id', 'tm-west']);
    expect(r.stdout).toBe('Created POC Threat Matrix "POC Threat Matrix — West" (id tm-west) in West.md\n');
  });
});

describe('an unknown --lang', () => {
  it('is refused, naming the languages there are', async () => {
    const r = await poc(['--lang', 'de', 'templates']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('poc: There is no language "de" for --lang: choose one of en (English), fr (Français).\n');
  });

  it('is refused in the shell’s language', async () => {
    const r = await poc(['validate', 'x.md', '--lang=de'], { LANG: 'fr_FR.UTF-8' });
    expect(r.stderr).toContain('Il n’y a pas de langue «\u00a0de\u00a0» pour --lang');
  });
});

describe('cliLocale', () => {
  it('takes --lang wherever it stands, in either spelling', () => {
    expect(langFlag(['validate', 'x.md', '--lang', 'fr'])).toBe('fr');
    expect(langFlag(['--lang=fr', 'templates'])).toBe('fr');
  });

  it('ignores --lang after "--"', () => {
    expect(langFlag(['validate', '--', '--lang', 'fr'])).toBeUndefined();
  });

  it('reads LC_ALL, LC_MESSAGES, then LANG when there is no --lang', () => {
    expect(cliLocale([], { LC_ALL: '', LC_MESSAGES: 'fr_CD.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('fr');
    expect(cliLocale([], { LANG: 'C.UTF-8' })).toBe('en');
  });

  it('lets the first variable set decide, as gettext does: LC_ALL=C is English whatever LANG says', () => {
    expect(cliLocale([], { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(cliLocale([], { LC_MESSAGES: 'POSIX', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(cliLocale([], { LC_ALL: 'de_DE.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(cliLocale(['--lang', 'fr'], { LC_ALL: 'C' })).toBe('fr');
  });
});
