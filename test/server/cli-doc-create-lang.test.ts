// `poc doc create --lang fr` (the administrator's way to create a document) writes a French document, and says so in
// the CLI's language; without --lang the document is English, recorded by saying nothing, as `poc new` does.
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { docCreate, storeFile, userAdd } from '../../cli/commands/index.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { TemplateSet } from '../../shared/template/set.js';
import { toModel } from '../../shared/ydoc/layout.js';
import { tempDir } from '../support/test-server.js';

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
