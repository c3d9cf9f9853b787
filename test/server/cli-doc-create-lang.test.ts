// `poc doc create --lang fr` (the administrator's way to create a document) writes a French document, and says so in
// the CLI's language; without --lang the document is English, recorded by saying nothing, as `poc new` does.
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { docCreate, storeFile, userAdd } from '../../cli/commands/index.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { TemplateSet } from '../../shared/template/set.js';
import { toModel } from '../../shared/ydoc/layout.js';
import { runCli } from '../support/cli-run.js';
import { ROOT, tempDir } from '../support/test-server.js';

const tmp = tempDir();
const data = tmp.dir;
afterAll(() => tmp.remove());

/** The model of document `id` as stored in the data folder. */
async function stored(id: string) {
  const s = SqliteStorage.open({ file: storeFile(data) });
  try {
    const doc = new Y.Doc();
    for (const update of await s.loadUpdates(id)) Y.applyUpdate(doc, update);
    return toModel(doc, TemplateSet.builtin()).model;
  } finally {
    await s.close();
  }
}

describe('poc doc create and the document language', () => {
  it('--lang fr makes a French document and the confirmation is in the CLI language', async () => {
    await userAdd({ data, username: 'awa', name: 'Awa Traoré', out: () => {} });
    const said: string[] = [];
    await docCreate({ data, type: 'threat-matrix', title: 'Secteur Nord', owner: 'awa', id: 'tm-nord', lang: 'fr', locale: 'fr', out: (l) => said.push(l) });
    expect((await stored('tm-nord')).meta.lang).toBe('fr');
    expect(said[0]).toMatch(/^Document .*créé/);
    expect(said.at(-1)).toBe('tm-nord');
  });

  it('without --lang the document records no language (English)', async () => {
    await docCreate({ data, type: 'threat-matrix', title: 'Sector North', owner: 'awa', id: 'tm-north', out: () => {} });
    expect((await stored('tm-north')).meta.lang).toBeUndefined();
  });
});

describe('poc doc create --lang on the command line', () => {
  it('writes a French document wherever --lang stands, and confirms in French', async () => {
    const cli = join(ROOT, 'dist', 'poc.js');
    for (const [id, args] of [
      ['tm-est', ['--lang', 'fr', 'doc', 'create', '--type', 'threat-matrix', '--title', 'Secteur Est', '--owner', 'awa', '--id', 'tm-est']],
      ['tm-ouest', ['doc', 'create', '--type', 'threat-matrix', '--title', 'Secteur Ouest', '--owner', 'awa', '--id', 'tm-ouest', '--lang', 'fr']],
    ] as const) {
      const r = await runCli(cli, [...args, '--data', data], data);
      expect({ id, code: r.code, stderr: r.stderr }).toEqual({ id, code: 0, stderr: '' });
      expect(r.stdout).toMatch(/créé/);
      expect((await stored(id)).meta.lang).toBe('fr');
    }
  });
});
