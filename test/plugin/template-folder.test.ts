// A tailored templates folder in the vault is checked as `poc templates check` checks it, and the person is told the same things.
import type * as obsidian from 'obsidian';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { loadTemplates } from '../../plugin/vault/template-folder.js';
import { BUILTIN_TEMPLATE_SOURCES } from '../../shared/template/builtin.js';
import { App, notices } from '../support/obsidian.js';
import { type Started, startPlugin, stopPlugin } from './support/harness.js';

const DIR = 'Templates/POC';
const renamed = BUILTIN_TEMPLATE_SOURCES['threat-matrix'].replace(/\blikelihood\b/g, 'probability');
const colon = BUILTIN_TEMPLATE_SOURCES['threat-matrix'].replace(/^title: .*$/m, 'title: Threat matrix: Sector North');

async function appWith(files: Record<string, string>): Promise<obsidian.App> {
  const app = new App();
  for (const [path, text] of Object.entries(files)) await app.vault.create(path, text);
  return app as unknown as obsidian.App;
}

let s: Started | undefined;
beforeEach(() => {
  notices.length = 0;
});
afterEach(async () => {
  if (s) await stopPlugin(s);
  s = undefined;
});

test('a tailored template without a name a rule reads is used, and the rules it turns off are named as the CLI names them', async () => {
  const r = await loadTemplates(await appWith({ [`${DIR}/threat-matrix.yaml`]: renamed }), DIR);
  expect(r.set.get('threat-matrix').origin).toBe(`${DIR}/threat-matrix.yaml`);
  expect(r.fellBack).toBe(false);
  expect(r.problems).toEqual([
    `${DIR}/threat-matrix.yaml: The risk rules read the field \`likelihood\` of threat blocks; threat-matrix.yaml no longer has it: they are off. Keep the name as it was (change its label instead, which is free).`,
  ]);
});

test('a YAML mistake in a tailored template keeps the built-in templates in use and says the line and how to fix it', async () => {
  const r = await loadTemplates(await appWith({ [`${DIR}/threat-matrix.yaml`]: colon }), DIR);
  expect(r.set.get('threat-matrix').origin).toBe('built-in:threat-matrix');
  expect(r.fellBack).toBe(true);
  expect(r.problems).toEqual([expect.stringMatching(new RegExp(`^${DIR}/threat-matrix\\.yaml:\\d+: YAML syntax: .*put the text in quotes when it contains a colon followed by a space`, 'i'))]);
});

test('unchanged copies of the templates load without a word', async () => {
  const r = await loadTemplates(await appWith({ [`${DIR}/threat-matrix.yaml`]: BUILTIN_TEMPLATE_SOURCES['threat-matrix'] }), DIR);
  expect(r).toMatchObject({ problems: [], fellBack: false });
});

test('the plugin, started with a tailored folder that turns rules off, shows a notice saying which', async () => {
  s = await startPlugin({ settings: { templatesFolder: DIR }, files: { [`${DIR}/threat-matrix.yaml`]: renamed } });
  expect(s.services.templates().get('threat-matrix').origin).toBe(`${DIR}/threat-matrix.yaml`);
  const notice = notices.find((n) => n.startsWith('POC Workspace: the tailored templates'));
  expect(notice).toMatch(/are in use, but some validation rules are off\.\n.*The risk rules read the field `likelihood`/);
});
