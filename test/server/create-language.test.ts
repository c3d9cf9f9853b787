// POST /api/docs takes the language the document is written in (issue 18): "fr" makes a French document (meta.lang),
// nothing or "en" an English one that records no language (as every document before languages), anything else is
// refused with a code and a message saying what to send, and nothing is made. The listing names the types in the
// reader's language. Against the real server on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('the language of a new document', () => {
  let t: TestServer;
  let amina: string;

  beforeAll(async () => {
    t = await startTestServer();
    amina = await t.addUser('amina', { name: 'Amina Diallo' });
    await t.server.storage.setCanCreate('amina', true);
  });
  afterAll(() => t.stop());

  /** Creates a threat matrix with `body` added and returns the created document's model. */
  async function created(body: Record<string, unknown>) {
    const r = await t.api('/api/docs', { method: 'POST', token: amina, body: { type: 'threat-matrix', title: 'Matrice des menaces, secteur Nord', ...body } });
    expect(r.status).toBe(201);
    return (await t.api(`/api/docs/${r.body.id}?include=model`, { token: amina })).body.model;
  }

  it('a document created with "lang": "fr" is written in French', async () => {
    expect((await created({ lang: 'fr' })).meta.lang).toBe('fr');
  });

  it('a document created without a language, or with "lang": "en", is English and records no language', async () => {
    expect((await created({})).meta.lang).toBeUndefined();
    expect((await created({ lang: 'en' })).meta.lang).toBeUndefined();
  });

  it('the listing names each type in the reader\'s language, English when they ask for none', async () => {
    const names = async (headers: Record<string, string>) =>
      new Set(((await t.api('/api/docs', { token: amina, headers })).body.documents as Array<{ typeName?: string }>).map((d) => d.typeName));
    expect(await names({ 'accept-language': 'fr-FR,fr;q=0.9' })).toEqual(new Set(['Matrice des menaces POC']));
    expect(await names({})).toEqual(new Set(['POC Threat Matrix']));
  });

  it('a language the server does not speak is refused with 400 bad-lang, a message naming the languages it takes, and nothing is made', async () => {
    const before = (await t.server.storage.listDocuments()).length;
    for (const lang of ['de', 'fr-FR', 'French', 7]) {
      const r = await t.api('/api/docs', { method: 'POST', token: amina, body: { type: 'threat-matrix', title: 'Bedrohungsmatrix', lang } });
      expect({ lang, status: r.status, code: r.body.error.code }).toEqual({ lang, status: 400, code: 'bad-lang' });
      expect(r.body.error.message).toBe('The document\'s language must be one of "en", "fr" ("lang": "fr" for French), or left out for English.');
    }
    expect((await t.server.storage.listDocuments()).length).toBe(before);
  });
});
